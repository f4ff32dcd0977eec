import Cmi5 from "@xapi/cmi5";
import type { LmsConnection, LmsStart } from "./connection";
import type { TrackReport } from "./plan";

/*
 * cmi5, through @xapi/cmi5: the launch URL names the LRS, the learner and the registration.
 * One session per launch: initialized, then completed and passed or failed once each as the
 * learner gets there, and terminated when they leave. The track's progress is kept in an
 * activity state document, next to the LMS's own LMS.LaunchData.
 */

/** The state document that holds the learner's progress (suspend.ts's format). */
export const PROGRESS_STATE_ID = "https://cx-learning-map.example/state/progress";

/** Whether this page was launched by a cmi5 LMS (its launch URL carries the parameters). */
export const launchedByCmi5 = () => Cmi5.isCmiAvailable;

/** A cmi5 connection for this launch. */
export function cmi5Connection(): LmsConnection {
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

  const send = async (report: TrackReport, saved: string) => {
    if (terminated) return; // nothing may follow terminated in a session
    const xapi = cmi5.xapi;
    if (!xapi) throw new Error("cmi5 is not initialized");
    await xapi.setState({ ...stateParams(), state: saved, contentType: "text/plain" });
    // Browse and Review launches record nothing that would change the learner's status.
    if (!normalMode || !report.complete) return;
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
      return {
        saved,
        masteryScore:
          typeof masteryScaled === "number" && masteryScaled >= 0 && masteryScaled <= 1
            ? Math.round(masteryScaled * 100)
            : undefined,
      };
    },
    report: (report, saved) => send(report, saved),
    async finish(report, saved) {
      if (terminated) return;
      try {
        await send(report, saved);
      } finally {
        terminated = true;
        await cmi5.terminate();
      }
    },
  };
  return connection;
}
