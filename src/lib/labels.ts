import type { ModuleStatus } from "./record/record";

/*
 * How statuses and scores are written for the learner, in one place for the module page, the
 * map, quizzes and My progress. A status has an icon and words, never colour alone.
 */

/** Each status's icon and words. */
export const statusWords: Record<ModuleStatus, { icon: string; text: string }> = {
  "not-started": { icon: "○", text: "Not started" },
  "in-progress": { icon: "◐", text: "In progress" },
  completed: { icon: "✓", text: "Completed" },
};

/** A status as icon and words in one string, such as "◐ In progress". */
export const statusLabel = (status: ModuleStatus) =>
  `${statusWords[status].icon} ${statusWords[status].text}`;

/** A share from 0 to 1 as a whole percentage, such as "80%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
