import { entryOf, moduleStatus, type Progress } from "../lib/record/record";
import type { Reporting } from "../schemas/course";

/*
 * What an LMS is told about one track, worked out from the learner's record: the same rules
 * as the site's own (a module is complete when every quiz it embeds is passed), said in the
 * terms SCORM and cmi5 use.
 */

/** One track as its package knows it, written into the launch page at build time. */
export interface TrackPlan {
  id: string;
  /** The course's title and the track's name, for the launch page and the LMS. */
  courseTitle: string;
  name: string;
  modules: { id: string; title: string; quizIds: string[]; filmIds?: string[] }[];
  /** Quizzes with at least one scored question, and the share each needs to pass. */
  scoredQuizzes: { id: string; passMark: number }[];
  /** Team activities its modules describe (ticks travel with the record). */
  activityIds: string[];
  /** 0 to 100: the mean of the scored quizzes' pass marks; see masteryScore. */
  masteryScore: number;
  /** Every module the package offers (the map shows them all), for the suspend data. */
  offered: { id: string; quizIds: string[] }[];
  /** Every team activity the package offers. */
  offeredActivityIds: string[];
  /** The course file's lms.reporting: the SCORM 1.2 statuses for finished and not yet. */
  reporting: Reporting;
  /** The scored questions whose results are reported; empty unless lms.reportAnswers is on. */
  questions: { quizId: string; id: string; type: InteractionType }[];
}

/** The interaction types SCORM and xAPI share, as the site's question types map to them. */
export type InteractionType =
  "choice" | "true-false" | "matching" | "sequencing" | "numeric" | "other";

/** The mastery score of a track: a learner who passed every quiz is at or above it. */
export function masteryScore(scoredQuizzes: TrackPlan["scoredQuizzes"]): number {
  if (scoredQuizzes.length === 0) return 0;
  const mean = scoredQuizzes.reduce((sum, quiz) => sum + quiz.passMark, 0) / scoredQuizzes.length;
  return Math.round(mean * 100);
}

/** Where the learner stands on a track, as the LMS records it. */
export interface TrackReport {
  modulesDone: number;
  complete: boolean;
  /** 0 to 100, from the best score of each scored quiz (a quiz not taken counts 0). */
  score: number;
  /** "incomplete" until every module is complete; then passed or failed against the mastery score. */
  status: "incomplete" | "passed" | "failed";
  /** Active seconds on the track's module pages, as the site measures them. */
  activeSeconds: number;
}

/**
 * The track's report. `mastery` is the LMS's own mastery score where it set one (0 to 100),
 * else the plan's.
 */
export function trackReport(
  progress: Progress,
  plan: TrackPlan,
  mastery: number = plan.masteryScore,
): TrackReport {
  const modulesDone = plan.modules.filter(
    (module) => moduleStatus(progress, module.id) === "completed",
  ).length;
  const complete = modulesDone === plan.modules.length;
  const bests = plan.scoredQuizzes.map(
    (quiz) => entryOf(progress.quizzes, quiz.id)?.bestScore ?? 0,
  );
  const score =
    bests.length === 0
      ? complete
        ? 100
        : 0
      : Math.round((bests.reduce((sum, best) => sum + best, 0) / bests.length) * 100);
  const seconds = progress.activeSeconds ?? {};
  const activeSeconds = plan.modules.reduce(
    (sum, module) => sum + (entryOf(seconds, module.id) ?? 0),
    0,
  );
  return {
    modulesDone,
    complete,
    score,
    status: !complete ? "incomplete" : score >= mastery ? "passed" : "failed",
    activeSeconds: Math.round(activeSeconds),
  };
}

/**
 * SCORM 1.2's cmi.core.lesson_status for a report under the course's reporting choice: the
 * first word once the track is finished (passed or completed), the second before.
 */
export function lessonStatus(
  report: TrackReport,
  reporting: Reporting,
): "completed" | "incomplete" | "passed" | "failed" {
  const [done, notYet] = reporting.split("-") as ["completed" | "passed", "incomplete" | "failed"];
  if (report.status === "passed") return done;
  // Finished under the mastery score: as authoring tools do, the "not yet" status.
  return notYet;
}

/** What the LMS held when the package was launched, which no report may lower. */
export interface LmsPrior {
  /** The LMS already recorded the track as finished (completed or passed). */
  finished: boolean;
  /** The score it recorded, 0 to 100, if any. */
  score: number | undefined;
}

/** What a report may change in the LMS's record, so that it never lowers what the LMS had. */
export function mayWrite(
  report: TrackReport,
  prior: LmsPrior,
): { status: boolean; score: boolean } {
  // A finished record in the LMS stays finished: its status is never written again.
  const status = !prior.finished;
  // A score is reported once the track is finished (so no LMS can fail a learner half-way
  // on it), and never one under the LMS's own.
  const score = report.complete && (prior.score === undefined || report.score >= prior.score);
  return { status, score };
}
