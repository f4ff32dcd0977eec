import type { ModuleState } from "../../lib/next-up";
import { statusIcons, statusText } from "../labels";

/** A module's status as an icon and words. */
export function StatusLabel({
  state,
  titleOf,
}: {
  state: ModuleState;
  titleOf: (id: string) => string;
}) {
  return (
    <span class="map-status" data-status={state.status}>
      <span aria-hidden="true">{statusIcons[state.status]}</span> {statusText(state, titleOf)}
    </span>
  );
}
