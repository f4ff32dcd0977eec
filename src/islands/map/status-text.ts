import { statusIcons as moduleIcons } from "../../lib/labels";
import type { MapStatus, ModuleState } from "../../lib/next-up";
import { t } from "../../i18n/client";
import { fill } from "../../i18n/format";
import type { UiStrings } from "../../i18n/en";

/** The words the map's statuses need: the island's, or the page's at build time. */
type Words = Pick<UiStrings, "common" | "map">;

/** An icon for each status, so that status never rests on colour alone. */
export const statusIcons: Record<MapStatus, string> = { ...moduleIcons, waiting: "◌" };

/** Titles joined the way a sentence lists them: "A", "A and B", "A, B and C". */
export function listOfTitles(titles: readonly string[], words: Words = t): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} ${words.common.and} ${titles.at(-1)}`;
}

/** A module's status in words, such as "In progress" or "Start after Why customer focus". */
export function statusText(
  state: ModuleState,
  titleOf: (id: string) => string,
  words: Words = t,
): string {
  switch (state.status) {
    case "waiting":
      return fill(words.map.startAfter, {
        titles: listOfTitles(state.waitingFor.map(titleOf), words),
      });
    case "not-started":
      return words.common.notStarted;
    case "in-progress":
      return words.common.inProgress;
    case "completed":
      return words.common.completed;
  }
}
