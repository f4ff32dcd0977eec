import { LmsError, type LmsConnection, type LmsStart } from "./connection";
import type { TrackReport } from "./plan";

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

/** The API in this window, a parent (up to 10 levels, as the standard's own finder) or an opener's. */
export function findScorm12Api(start: Window): Scorm12Api | undefined {
  const search = (from: Window | null): Scorm12Api | undefined => {
    let current = from;
    for (let level = 0; current && level <= 10; level++) {
      try {
        const api = (current as Window & { API?: unknown }).API;
        if (isApi(api)) return api;
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

/** Seconds as SCORM 1.2's CMITimespan: HHHH:MM:SS. */
export function scormTimespan(seconds: number): string {
  const whole = Math.max(0, Math.min(Math.round(seconds), 9999 * 3600 + 3599));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const two = (value: number) => String(value).padStart(2, "0");
  return `${String(hours).padStart(4, "0")}:${two(minutes)}:${two(rest)}`;
}

/** A SCORM 1.2 connection through `api`. */
export function scorm12Connection(api: Scorm12Api): LmsConnection {
  const call = (name: string, run: () => string) => {
    let answer: string;
    try {
      answer = String(run());
    } catch (error) {
      throw new LmsError(`${name} threw: ${(error as Error).message}`);
    }
    if (answer !== "true") {
      let code = "";
      try {
        code = api.LMSGetLastError();
      } catch {
        code = "?";
      }
      throw new LmsError(`${name} answered ${answer} (error ${code})`);
    }
  };
  const set = (element: string, value: string) =>
    call(`LMSSetValue(${element})`, () => api.LMSSetValue(element, value));
  const get = (element: string) => {
    try {
      return String(api.LMSGetValue(element) ?? "");
    } catch {
      return "";
    }
  };
  let initialized = false;

  const write = (report: TrackReport, saved: string, sessionSeconds: number, ending: boolean) => {
    set("cmi.core.lesson_status", report.status);
    set("cmi.core.score.min", "0");
    set("cmi.core.score.max", "100");
    set("cmi.core.score.raw", String(report.score));
    set("cmi.core.session_time", scormTimespan(sessionSeconds));
    set("cmi.suspend_data", saved);
    // Suspend keeps the attempt open for the next launch until the track is done.
    set("cmi.core.exit", report.status === "incomplete" ? "suspend" : ending ? "" : "suspend");
    call("LMSCommit", () => api.LMSCommit(""));
  };

  return {
    standard: "SCORM 1.2",
    async start(): Promise<LmsStart> {
      if (!initialized) {
        call("LMSInitialize", () => api.LMSInitialize(""));
        initialized = true;
      }
      const mastery = Number.parseFloat(get("cmi.student_data.mastery_score"));
      if (get("cmi.core.lesson_status") === "not attempted") {
        set("cmi.core.lesson_status", "incomplete");
      }
      return {
        saved: get("cmi.suspend_data"),
        masteryScore:
          Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : undefined,
      };
    },
    async report(report, saved, sessionSeconds) {
      write(report, saved, sessionSeconds, false);
    },
    async finish(report, saved, sessionSeconds) {
      try {
        write(report, saved, sessionSeconds, true);
      } finally {
        call("LMSFinish", () => api.LMSFinish(""));
      }
    },
  };
}
