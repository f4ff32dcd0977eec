import type { TrackReport } from "./plan";

/*
 * What the launch page needs of an LMS, whichever standard it speaks. Every call may fail:
 * the launch page keeps the learner going and tries again (see shell.ts).
 */

/** What the LMS knows when the package is launched. */
export interface LmsStart {
  /** The learner's progress saved by an earlier launch, as suspend.ts wrote it; "" if none. */
  saved: string;
  /** The LMS's own mastery score (0 to 100), where it sets one; it wins over the package's. */
  masteryScore: number | undefined;
}

/** A live connection to the LMS for one launch. */
export interface LmsConnection {
  /** "SCORM 1.2" or "cmi5", for the learner and the logs. */
  readonly standard: string;
  start(): Promise<LmsStart>;
  /** Record where the learner stands. Resolves once the LMS has it; rejects if it did not. */
  report(report: TrackReport, saved: string, sessionSeconds: number): Promise<void>;
  /** End the launch: the last report, then the LMS's end of session. Called once. */
  finish(report: TrackReport, saved: string, sessionSeconds: number): Promise<void>;
  /** Where the learner goes on "Exit", where the LMS says (cmi5's returnURL). */
  readonly returnUrl?: string | undefined;
}

/** An LMS call that failed, with what it answered. */
export class LmsError extends Error {
  override name = "LmsError";
}
