import type { LmsPrior, TrackReport } from "./plan";

/*
 * What the launch page needs of an LMS, whichever standard it speaks. Every call may fail:
 * the launch page keeps the learner going and tries again (see shell.ts).
 */

/** What the LMS knows when the package is launched. */
export interface LmsStart {
  /**
   * The learner's progress saved by an earlier launch, as the LMS handed it back: suspend.ts's
   * text, "" if none, or anything else an LMS may answer (null), which is never written over.
   */
  saved: unknown;
  /** The LMS's own mastery score (0 to 100), where it sets one; it wins over the package's. */
  masteryScore: number | undefined;
  /** What the LMS recorded before, which no report may lower. */
  prior: LmsPrior;
  /** "review": the LMS shows a finished attempt (or a browse launch) and records nothing. */
  mode: "normal" | "review";
  /** The learner's language as the LMS knows it ("fr", "fr-CA"), if it says. */
  language?: string | undefined;
}

/** One scored question the learner answered during this launch: never what they wrote. */
export interface AnswerReport {
  quizId: string;
  questionId: string;
  type: string;
  correct: boolean;
  /** 0 to 1. */
  score: number;
  /** When they answered, as an ISO date. */
  at: string;
}

/** What one report tells the LMS. */
export interface LmsWrite {
  report: TrackReport;
  /** The suspend data (suspend.ts). */
  saved: string;
  /** Active seconds during this launch. */
  sessionSeconds: number;
  /** The module the learner was last on, for the LMS's bookmark (cmi.location). */
  location: string;
  /** Results to report per question (only when the course reports them). */
  answers: AnswerReport[];
}

/** A live connection to the LMS for one launch. */
export interface LmsConnection {
  /** "SCORM 1.2", "SCORM 2004" or "cmi5", for the learner and the logs. */
  readonly standard: string;
  start(): Promise<LmsStart>;
  /** Record where the learner stands. Resolves once the LMS has it; rejects if it did not. */
  report(write: LmsWrite): Promise<void>;
  /**
   * End the launch: the last report, then the LMS's end of session. Called once. Without a
   * write, the session ends and the LMS's record stays exactly as it was.
   */
  finish(write: LmsWrite | undefined): Promise<void>;
  /** Where the learner goes on "Exit", where the LMS says (cmi5's returnURL). */
  readonly returnUrl?: string | undefined;
}

/** An LMS call that failed, with what it answered. */
export class LmsError extends Error {
  override name = "LmsError";
  /**
   * "failed": try again later; "ended": the LMS has ended the session; "blocked": this
   * package may not reach the LMS at all (an LRS on plain http on another origin).
   */
  readonly kind: "failed" | "ended" | "blocked";
  constructor(message: string, kind: LmsError["kind"] = "failed") {
    super(message);
    this.kind = kind;
  }
}
