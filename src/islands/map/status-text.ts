import { statusWords } from "../../lib/labels";
import type { MapStatus, ModuleState } from "../../lib/next-up";

/** An icon for each status, so that status never rests on colour alone. */
export const statusIcons: Record<MapStatus, string> = {
  "not-started": statusWords["not-started"].icon,
  waiting: "◌",
  "in-progress": statusWords["in-progress"].icon,
  completed: statusWords.completed.icon,
};

/** Titles joined the way a sentence lists them: "A", "A and B", "A, B and C". */
export function listOfTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
}

/** A module's status in words, such as "In progress" or "Start after Why customer focus". */
export function statusText(state: ModuleState, titleOf: (id: string) => string): string {
  switch (state.status) {
    case "waiting":
      return `Start after ${listOfTitles(state.waitingFor.map(titleOf))}`;
    default:
      return statusWords[state.status].text;
  }
}

/** The longest status a module can show, for sizing its box on the map before any progress is known. */
export function longestStatusText(
  prerequisites: readonly string[],
  titleOf: (id: string) => string,
): string {
  const waiting = statusText({ status: "waiting", waitingFor: [...prerequisites] }, titleOf);
  const others = (["not-started", "in-progress", "completed"] as const).map((status) =>
    statusText({ status, waitingFor: [] }, titleOf),
  );
  const candidates = prerequisites.length > 0 ? [waiting, ...others] : others;
  return candidates.reduce((longest, text) => (text.length > longest.length ? text : longest));
}
