import type { MapStatus, ModuleState } from "../../lib/next-up";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { statusIcons, statusText } from "../labels";

/** An icon for each state of the map, so that status never rests on colour alone. */
const icons: Record<MapStatus, string> = { ...statusIcons, waiting: "◌" };

/** Titles joined the way a sentence lists them: "A", "A and B", "A, B and C". */
function listOfTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} ${t.common.and} ${titles.at(-1)}`;
}

/** A module's status as an icon and words, such as "Start after Why customer focus". */
export function StatusLabel({
  state,
  titleOf,
}: {
  state: ModuleState;
  titleOf: (id: string) => string;
}) {
  const words =
    state.status === "waiting"
      ? fill(t.map.startAfter, { titles: listOfTitles(state.waitingFor.map(titleOf)) })
      : statusText(state.status);
  return (
    <span class="map-status" data-status={state.status}>
      <span aria-hidden="true">{icons[state.status]}</span> {words}
    </span>
  );
}
