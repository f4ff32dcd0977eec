import {
  entryOf,
  type Commitment,
  type ModuleProgress,
  type Progress,
  type QuizProgress,
} from "./record";
import type { ReviewItem } from "../review/review";
import { mergeFilm } from "../film/watched";

/*
 * Merging two records (this device's and an imported one) keeps the better result for each
 * module and quiz, so an import can only add to what the learner has done. Entries for ids the
 * current content no longer has are kept too: a content rollback brings them back.
 */

/** Milliseconds for comparing stored dates; unreadable dates count as the oldest. */
const time = (date: string | undefined) => {
  const parsed = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
};

const earliest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || time(a) <= time(b) ? a : b;

const latest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || time(a) >= time(b) ? a : b;

const higher = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** An object without the keys whose value is undefined, as the schema stores it. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Completed beats in progress; visits span both; the first completion is kept. */
export function mergeModule(mine: ModuleProgress, theirs: ModuleProgress): ModuleProgress {
  const completed = mine.status === "completed" || theirs.status === "completed";
  return defined({
    status: completed ? "completed" : "in-progress",
    firstVisit: earliest(mine.firstVisit, theirs.firstVisit),
    lastVisit: latest(mine.lastVisit, theirs.lastVisit),
    completedAt: earliest(mine.completedAt, theirs.completedAt),
  });
}

/** The last time any answer of a quiz was given. */
const lastAnswered = (quiz: QuizProgress) =>
  Object.values(quiz.answers).reduce(
    (last, answer) => Math.max(last, time(answer.answeredAt)),
    Number.NEGATIVE_INFINITY,
  );

/**
 * A pass on either side is kept, with the best score and the most attempts; the current attempt
 * (its answers and score) comes from whichever side answered last, so attempts are never mixed.
 */
export function mergeQuiz(mine: QuizProgress, theirs: QuizProgress): QuizProgress {
  const current = lastAnswered(theirs) > lastAnswered(mine) ? theirs : mine;
  return defined({
    answers: current.answers,
    attempts: Math.max(mine.attempts, theirs.attempts),
    lastScore: current.lastScore,
    bestScore: higher(mine.bestScore, theirs.bestScore),
    passed: mine.passed || theirs.passed,
  });
}

/** Entries of both; where both have one, `pick` decides. */
function mergeEntries<T>(
  mine: Record<string, T>,
  theirs: Record<string, T>,
  pick: (mine: T, theirs: T) => T,
): Record<string, T> {
  const merged: Record<string, T> = { ...mine };
  for (const [id, entry] of Object.entries(theirs)) {
    const own = entryOf(merged, id);
    merged[id] = own === undefined ? entry : pick(own, entry);
  }
  return merged;
}

/** Review items: the higher box wins (progress made on either device), then the earlier due day. */
const mergeReviewItem = (mine: ReviewItem, theirs: ReviewItem) =>
  theirs.box > mine.box || (theirs.box === mine.box && theirs.due < mine.due) ? theirs : mine;

/** Commitments: the one made last wins; the same one keeps whichever side has more check-ins. */
const mergeCommitment = (mine: Commitment, theirs: Commitment) =>
  time(theirs.madeAt) > time(mine.madeAt) ||
  (theirs.madeAt === mine.madeAt && theirs.checkIns.length > mine.checkIns.length)
    ? theirs
    : mine;

/** Entries of both optional records (added in v3), or undefined when neither has any. */
function mergeOptional<T>(
  mine: Record<string, T> | undefined,
  theirs: Record<string, T> | undefined,
  pick: (mine: T, theirs: T) => T,
): Record<string, T> | undefined {
  if (mine === undefined || theirs === undefined) return mine ?? theirs;
  return mergeEntries(mine, theirs, pick);
}

/** Both records in one, keeping the better result everywhere; `mine` wins ties. */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  return defined({
    ...mine,
    review: mergeOptional(mine.review, theirs.review, mergeReviewItem),
    commitments: mergeOptional(mine.commitments, theirs.commitments, mergeCommitment),
    // A team activity ticked on either device was run; the first tick is when.
    activities: mergeOptional(mine.activities, theirs.activities, (a, b) => earliest(a, b)!),
    // Time is not added up: the same export imported twice would count twice.
    activeSeconds: mergeOptional(mine.activeSeconds, theirs.activeSeconds, Math.max),
    // Stretches played on either side are joined; the share watched is never lowered.
    films: mergeOptional(mine.films, theirs.films, mergeFilm),
    learnerName: mine.learnerName ?? theirs.learnerName,
    modules: mergeEntries(mine.modules, theirs.modules, mergeModule),
    quizzes: mergeEntries(mine.quizzes, theirs.quizzes, mergeQuiz),
    reflections: mergeEntries(mine.reflections, theirs.reflections, (own, other) =>
      time(other.updatedAt) > time(own.updatedAt) ? other : own,
    ),
    track: mine.track ?? theirs.track,
  });
}
