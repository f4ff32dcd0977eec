import Cmi5 from "@xapi/cmi5";
import { LmsError, type AnswerReport, type LmsConnection, type LmsStart } from "./connection";
import type { TrackPlan } from "./plan";

/*
 * cmi5, through @xapi/cmi5: the launch URL names the LRS, the learner and the registration.
 * One session per launch: initialized, then completed and passed or failed once each as the
 * learner gets there, and terminated when they leave. The track's progress is kept in an
 * activity state document, next to the LMS's own LMS.LaunchData. Results per question, when
 * the course reports them, are "answered" statements (cmi5's "allowed" statements).
 */

/** The state document that holds the learner's progress (suspend.ts's format). */
export const PROGRESS_STATE_ID = "https://cx-learning-map.example/state/progress";

/** Whether this page was launched by a cmi5 LMS (its launch URL carries the parameters). */
export const launchedByCmi5 = () => Cmi5.isCmiAvailable;

/**
 * Why this page cannot reach the LRS the launch names, if it cannot: the package's policy lets
 * its pages talk to their own origin and to https only (docs/lms.md, "Network").
 */
export function unreachableLrs(endpoint: string, here: Location = location): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint, here.href);
  } catch {
    return "the launch does not name a valid LRS address";
  }
  if (url.origin === here.origin || url.protocol === "https:") return undefined;
  return `the LRS is at ${url.origin}, over plain http on another site`;
}

const ANSWERED = {
  id: "http://adlnet.gov/expapi/verbs/answered",
  display: { "en-US": "answered" },
};

/** A cmi5 connection for this launch. */
export function cmi5Connection(_plan: TrackPlan): LmsConnection {
  const cmi5 = new Cmi5();
  let initialized = false;
  let completedSent = false;
  let resultSent = false;
  let terminated = false;
  let normalMode = true;
  let masteryScaled: number | undefined;

  const stateParams = () => {
    const launch = cmi5.getLaunchParameters();
    return {
      agent: launch.actor,
      activityId: launch.activityId,
      registration: launch.registration,
      stateId: PROGRESS_STATE_ID,
    };
  };

  /** An "answered" statement: the question, right or not, and the credit; never the answer. */
  const answered = (answer: AnswerReport) => {
    const launch = cmi5.getLaunchParameters();
    const template = cmi5.getLaunchData().contextTemplate ?? {};
    return {
      id: crypto.randomUUID(),
      actor: launch.actor,
      verb: ANSWERED,
      object: {
        objectType: "Activity" as const,
        id: `${launch.activityId}/test/${encodeURIComponent(answer.quizId)}/question/${encodeURIComponent(answer.questionId)}`,
        definition: {
          type: "http://adlnet.gov/expapi/activities/cmi.interaction",
          interactionType: answer.type,
        },
      },
      result: { success: answer.correct, score: { scaled: answer.score } },
      context: { ...template, registration: launch.registration },
      timestamp: answer.at,
    };
  };

  const send = async (
    report: Parameters<LmsConnection["report"]>[0]["report"],
    saved: string,
    answers: AnswerReport[],
  ) => {
    if (terminated) return; // nothing may follow terminated in a session
    const xapi = cmi5.xapi;
    if (!xapi) throw new Error("cmi5 is not initialized");
    await xapi.setState({ ...stateParams(), state: saved, contentType: "text/plain" });
    // Browse and Review launches record nothing that would change the learner's status.
    if (!normalMode) return;
    for (const answer of answers) {
      await cmi5.sendXapiStatement(answered(answer) as Parameters<Cmi5["sendXapiStatement"]>[0]);
    }
    if (!report.complete) return;
    if (!completedSent) {
      await cmi5.complete();
      completedSent = true;
    }
    if (!resultSent) {
      const score = { scaled: report.score / 100, raw: report.score, min: 0, max: 100 };
      if (report.status === "passed") await cmi5.pass(score);
      else await cmi5.fail(score);
      resultSent = true;
    }
  };

  const connection: LmsConnection = {
    standard: "cmi5",
    get returnUrl() {
      try {
        return cmi5.getLaunchData().returnURL;
      } catch {
        return undefined;
      }
    },
    async start(): Promise<LmsStart> {
      const refusal = unreachableLrs(cmi5.getLaunchParameters().endpoint);
      if (refusal) throw new LmsError(refusal, "blocked");
      if (!initialized) {
        await cmi5.initialize();
        initialized = true;
      }
      const launchData = cmi5.getLaunchData();
      normalMode = launchData.launchMode === "Normal";
      masteryScaled = launchData.masteryScore;
      let saved = "";
      try {
        const answer = await cmi5.xapi!.getState(stateParams());
        saved = typeof answer.data === "string" ? answer.data : JSON.stringify(answer.data);
      } catch (error) {
        // 404: nothing saved yet. Anything else is retried by the launch page's next report.
        if ((error as { response?: { status?: number } }).response?.status !== 404) throw error;
      }
      let language: string | undefined;
      try {
        language = cmi5.getLearnerPreferences()?.languagePreference?.split(",")[0];
      } catch {
        language = undefined;
      }
      return {
        saved,
        masteryScore:
          typeof masteryScaled === "number" && masteryScaled >= 0 && masteryScaled <= 1
            ? Math.round(masteryScaled * 100)
            : undefined,
        // Statements are never taken back: nothing sent can lower what the LRS holds.
        prior: { finished: false, score: undefined },
        mode: normalMode ? "normal" : "review",
        language,
      };
    },
    report: (write) => send(write.report, write.saved, write.answers),
    async finish(write) {
      if (terminated) return;
      try {
        if (write) await send(write.report, write.saved, write.answers);
      } finally {
        terminated = true;
        await cmi5.terminate();
      }
    },
  };
  return connection;
}
