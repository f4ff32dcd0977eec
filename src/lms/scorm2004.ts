import { type AnswerReport, type LmsConnection, type LmsStart, type LmsWrite } from "./connection";
import { mayWrite, type LmsPrior, type TrackPlan } from "./plan";
import { findApi, interactionResult, scormCalls } from "./scorm12";

/*
 * SCORM 2004 3rd edition, the learner's side: one SCO, no sequencing. Initialize once and
 * Terminate once for the visit, as with SCORM 1.2; completion and success are kept apart
 * (completion_status incomplete then completed, success_status unknown then passed or
 * failed), with the score as score.scaled.
 */

/** The SCORM 2004 run-time API (API_1484_11). Every function answers a string. */
export interface Scorm2004Api {
  Initialize(empty: ""): string;
  Terminate(empty: ""): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(empty: ""): string;
  GetLastError(): string;
}

const isApi = (value: unknown): value is Scorm2004Api =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Scorm2004Api).Initialize === "function" &&
  typeof (value as Scorm2004Api).SetValue === "function";

/** The SCORM 2004 API above this window, if any. */
export const findScorm2004Api = (start: Window) => findApi(start, "API_1484_11", isApi);

/** Errors that mean the session is over: calls after Terminate, or before Initialize. */
const ENDED = new Set(["112", "113", "122", "123", "132", "133", "142", "143"]);

/** A time as SCORM 2004's timestamp: seconds to two decimals, in UTC. */
const timestamp = (iso: string) => {
  const date = new Date(iso).toISOString();
  return `${date.slice(0, 19)}.${date.slice(20, 22)}Z`;
};

/** A SCORM 2004 connection through `api`. */
export function scorm2004Connection(api: Scorm2004Api, _plan: TrackPlan): LmsConnection {
  const { call, set, get, getRaw } = scormCalls({
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    lastError: () => api.GetLastError(),
    setName: "SetValue",
    ended: ENDED,
  });
  let initialized = false;
  let prior: LmsPrior = { finished: false, score: undefined };
  let interactions = 0;

  const writeAnswers = (answers: AnswerReport[]) => {
    for (const answer of answers) {
      const at = `cmi.interactions.${interactions}`;
      set(`${at}.id`, `urn:cx-learning-map:${answer.quizId}:${answer.questionId}`);
      if (answer.type !== "other") set(`${at}.type`, answer.type);
      set(`${at}.timestamp`, timestamp(answer.at));
      set(`${at}.weighting`, "1");
      set(`${at}.result`, interactionResult(answer, "incorrect"));
      interactions++;
    }
  };

  const writeAll = (write: LmsWrite, ending: boolean) => {
    const { report, saved, sessionSeconds, location, answers } = write;
    const may = mayWrite(report, prior);
    if (may.status) {
      set("cmi.completion_status", report.complete ? "completed" : "incomplete");
      set("cmi.success_status", report.complete ? report.status : "unknown");
    }
    if (may.score) {
      set("cmi.score.min", "0");
      set("cmi.score.max", "100");
      set("cmi.score.raw", String(report.score));
      set("cmi.score.scaled", String(report.score / 100));
    }
    set("cmi.session_time", `PT${Math.max(0, Math.round(sessionSeconds))}S`);
    set("cmi.suspend_data", saved);
    if (location) set("cmi.location", location.slice(0, 1000));
    set("cmi.exit", ending && report.complete ? "normal" : "suspend");
    writeAnswers(answers);
    call("Commit", () => api.Commit(""));
  };

  return {
    standard: "SCORM 2004",
    async start(): Promise<LmsStart> {
      if (!initialized) {
        call("Initialize", () => api.Initialize(""));
        initialized = true;
      }
      const scaled = Number.parseFloat(get("cmi.score.scaled"));
      const raw = Number.parseFloat(get("cmi.score.raw"));
      prior = {
        finished:
          get("cmi.completion_status") === "completed" || get("cmi.success_status") === "passed",
        score: Number.isFinite(scaled)
          ? Math.round(scaled * 100)
          : Number.isFinite(raw)
            ? raw
            : undefined,
      };
      const count = Number.parseInt(get("cmi.interactions._count"), 10);
      interactions = Number.isInteger(count) && count > 0 ? count : 0;
      const passing = Number.parseFloat(get("cmi.scaled_passing_score"));
      const mode = get("cmi.mode");
      return {
        saved: getRaw("cmi.suspend_data"),
        masteryScore:
          Number.isFinite(passing) && passing >= 0 && passing <= 1
            ? Math.round(passing * 100)
            : undefined,
        prior,
        mode: mode === "review" || mode === "browse" ? "review" : "normal",
        language: get("cmi.learner_preference.language") || undefined,
      };
    },
    report: async (write) => writeAll(write, false),
    async finish(write) {
      try {
        if (write) writeAll(write, true);
      } finally {
        call("Terminate", () => api.Terminate(""));
      }
    },
  };
}
