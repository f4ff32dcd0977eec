import {
  LmsError,
  type AnswerReport,
  type LmsConnection,
  type LmsStart,
  type LmsWrite,
} from "./connection";
import { lessonStatus, mayWrite, type LmsPrior, type TrackPlan } from "./plan";

/*
 * SCORM 1.2, the learner's side: find the LMS's API object in a window above this one, then
 * LMSInitialize once and LMSFinish once for the whole visit (the launch page stays open while
 * the learner moves between the site's pages in its frame).
 */

/** The SCORM 1.2 run-time API, as an LMS provides it. Every function answers a string. */
export interface Scorm12Api {
  LMSInitialize(empty: ""): string;
  LMSFinish(empty: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ""): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Scorm12Api).LMSInitialize === "function" &&
  typeof (value as Scorm12Api).LMSSetValue === "function";

/**
 * The object called `name` in this window, a parent (up to 10 levels, as the standards' own
 * finders) or an opener's.
 */
export function findApi<T>(start: Window, name: string, is: (value: unknown) => value is T) {
  const search = (from: Window | null): T | undefined => {
    let current = from;
    for (let level = 0; current && level <= 10; level++) {
      try {
        const api = (current as unknown as Record<string, unknown>)[name];
        if (is(api)) return api;
      } catch {
        return undefined; // another origin's window: the API cannot be there for us
      }
      if (current.parent === current) break;
      current = current.parent;
    }
    return undefined;
  };
  let opener: Window | null = null;
  try {
    opener = start.opener as Window | null;
  } catch {
    opener = null;
  }
  return search(start) ?? search(opener);
}

/** The SCORM 1.2 API above this window, if any. */
export const findScorm12Api = (start: Window) => findApi(start, "API", isApi);

/** Seconds as SCORM 1.2's CMITimespan: HHHH:MM:SS. */
export function scormTimespan(seconds: number): string {
  const whole = Math.max(0, Math.min(Math.round(seconds), 9999 * 3600 + 3599));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const two = (value: number) => String(value).padStart(2, "0");
  return `${String(hours).padStart(4, "0")}:${two(minutes)}:${two(rest)}`;
}

/** An ISO date's time of day as SCORM 1.2's CMITime, HH:MM:SS, in the learner's time. */
const cmiTime = (iso: string) => {
  const date = new Date(iso);
  const two = (value: number) => String(value).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
};

/**
 * An interaction's result, as SCORM 1.2 and 2004 both allow it: "correct", the standard's word
 * for wrong, or the credit as a decimal for a partly right answer (0.5), so the LMS's report
 * holds the score without the answer.
 */
export function interactionResult(answer: AnswerReport, wrong: "wrong" | "incorrect"): string {
  if (answer.correct) return "correct";
  if (answer.score > 0 && answer.score < 1) return String(Math.round(answer.score * 100) / 100);
  return wrong;
}

/** SCORM 1.2's interaction types: the site's all have one. */
const scorm12Types = new Set(["true-false", "choice", "matching", "sequencing", "numeric"]);

/** How a SCORM run-time is called, whichever version: see scormCalls. */
interface ScormCallsOf {
  getValue(element: string): unknown;
  setValue(element: string, value: string): string;
  lastError(): string;
  /** The setter's name, for messages: LMSSetValue or SetValue. */
  setName: string;
  /** Error codes that mean the session is over. */
  ended: ReadonlySet<string>;
}

/**
 * Calls to a SCORM run-time that turn every failure (an exception, an answer other than
 * "true") into an LmsError, and reads that never throw.
 */
export function scormCalls(api: ScormCallsOf) {
  const lastError = () => {
    try {
      return String(api.lastError());
    } catch {
      return "?";
    }
  };
  const call = (name: string, run: () => string) => {
    let answer: string;
    try {
      answer = String(run());
    } catch (error) {
      throw new LmsError(`${name} threw: ${(error as Error).message}`);
    }
    if (answer !== "true") {
      const code = lastError();
      throw new LmsError(
        `${name} answered ${answer} (error ${code})`,
        api.ended.has(code) ? "ended" : "failed",
      );
    }
  };
  const set = (element: string, value: string) =>
    call(`${api.setName}(${element})`, () => api.setValue(element, value));
  /** The LMS's answer as it gave it: a string, or whatever else it handed back (null). */
  const getRaw = (element: string): unknown => {
    try {
      return api.getValue(element);
    } catch {
      return undefined;
    }
  };
  const get = (element: string) => {
    const value = getRaw(element);
    return typeof value === "string" ? value : "";
  };
  return { call, set, get, getRaw };
}

/** A SCORM 1.2 connection through `api`, reporting as `plan` says. */
export function scorm12Connection(api: Scorm12Api, plan: TrackPlan): LmsConnection {
  const { call, set, get, getRaw } = scormCalls({
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    lastError: () => api.LMSGetLastError(),
    setName: "LMSSetValue",
    // 301: not initialized, which after our LMSInitialize means the LMS ended the session.
    ended: new Set(["301"]),
  });
  let initialized = false;
  let prior: LmsPrior = { finished: false, score: undefined };
  let interactions = 0;

  const writeAnswers = (answers: AnswerReport[]) => {
    for (const answer of answers) {
      const at = `cmi.interactions.${interactions}`;
      set(`${at}.id`, `${answer.quizId}.${answer.questionId}`.slice(0, 255));
      if (scorm12Types.has(answer.type)) set(`${at}.type`, answer.type);
      set(`${at}.time`, cmiTime(answer.at));
      set(`${at}.weighting`, "1");
      set(`${at}.result`, interactionResult(answer, "wrong"));
      interactions++;
    }
  };

  const connection: LmsConnection = {
    standard: "SCORM 1.2",
    async start(): Promise<LmsStart> {
      if (!initialized) {
        call("LMSInitialize", () => api.LMSInitialize(""));
        initialized = true;
      }
      const mastery = Number.parseFloat(get("cmi.student_data.mastery_score"));
      const status = get("cmi.core.lesson_status");
      const score = Number.parseFloat(get("cmi.core.score.raw"));
      prior = {
        finished: status === "passed" || status === "completed",
        score: Number.isFinite(score) ? score : undefined,
      };
      const count = Number.parseInt(get("cmi.interactions._count"), 10);
      interactions = Number.isInteger(count) && count > 0 ? count : 0;
      const mode = get("cmi.core.lesson_mode");
      return {
        saved: getRaw("cmi.suspend_data"),
        masteryScore:
          Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : undefined,
        prior,
        mode: mode === "review" || mode === "browse" ? "review" : "normal",
        language: get("cmi.student_preference.language") || undefined,
      };
    },
    report: async (write) => writeAll(write, false),
    async finish(write) {
      try {
        if (write) writeAll(write, true);
      } finally {
        call("LMSFinish", () => api.LMSFinish(""));
      }
    },
  };
  return connection;

  function writeAll(write: LmsWrite, ending: boolean) {
    const { report, saved, sessionSeconds, answers } = write;
    const may = mayWrite(report, prior);
    if (may.status) set("cmi.core.lesson_status", lessonStatus(report, plan.reporting));
    if (may.score) {
      set("cmi.core.score.min", "0");
      set("cmi.core.score.max", "100");
      set("cmi.core.score.raw", String(report.score));
    }
    set("cmi.core.session_time", scormTimespan(sessionSeconds));
    set("cmi.suspend_data", saved);
    // Suspend keeps the attempt open for the next launch; a finished track ends it.
    set("cmi.core.exit", ending && report.complete ? "" : "suspend");
    writeAnswers(answers);
    call("LMSCommit", () => api.LMSCommit(""));
  }
}
