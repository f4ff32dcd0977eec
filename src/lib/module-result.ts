import { entryOf, type Progress } from "./record/record";

/*
 * A module's quiz result as the map and the module page show it: "Needs another try (75% of
 * 80%)", on the map and at a module's end.
 */

/** A quiz tried and not passed: the best score so far and the pass mark, as shares. */
export interface Retry {
  score: number;
  mark: number;
}

/** A module's quiz tried and not passed: its lowest best score against the module's pass mark. */
export function retryOf(
  module: { quizIds: readonly string[]; passMark: number },
  progress: Progress,
): Retry | undefined {
  const scores = module.quizIds
    .map((id) => entryOf(progress.quizzes, id))
    .filter((quiz) => quiz !== undefined && quiz.attempts > 0 && !quiz.passed)
    .map((quiz) => quiz!.bestScore ?? 0);
  return scores.length > 0 ? { score: Math.min(...scores), mark: module.passMark } : undefined;
}
