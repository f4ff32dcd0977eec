import { entryOf, type ModuleProgress, type Progress, type QuizProgress } from "./progress";

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

/** Both records in one, keeping the better result everywhere; `mine` wins ties. */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  return defined({
    ...mine,
    modules: mergeEntries(mine.modules, theirs.modules, mergeModule),
    quizzes: mergeEntries(mine.quizzes, theirs.quizzes, mergeQuiz),
    reflections: mergeEntries(mine.reflections, theirs.reflections, (own, other) =>
      time(other.updatedAt) > time(own.updatedAt) ? other : own,
    ),
    track: mine.track ?? theirs.track,
  });
}
