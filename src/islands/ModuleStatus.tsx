import { statusIcons, statusText } from "./labels";
import { t, useStrings, type IslandStrings } from "../i18n/browser/client";
import { fill } from "../i18n/format";
import { useStore } from "@nanostores/preact";
import { useEffect } from "preact/hooks";
import { addActiveTime, recordVisit } from "../stores/module";
import { $progress } from "../stores/progress";
import { countActiveTime } from "./progress/active-time";
import { emptyProgress, moduleStatus } from "../lib/record/record";
import { useHydrated } from "./useHydrated";
import { placementFor, type ModulePlacement } from "../lib/placement";

/**
 * A module's place in the learner's track ("Step 3 of 6 · New-hire orientation") and its
 * status from the learner's record, as an icon and words (never colour alone). As the module
 * page's one always-on island, it also records the visit (the module counts as started) and
 * how long the learner was active on the page.
 */
export default function ModuleStatus(props: {
  moduleId: string;
  /** Where the module stands in each track that holds it (no stops: the status needs none). */
  placements: Pick<ModulePlacement, "track" | "name" | "step" | "total">[];
  defaultTrack: string;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { moduleId, placements, defaultTrack } = props;
  const hydrated = useHydrated();
  useEffect(() => {
    recordVisit(moduleId);
    return countActiveTime((seconds) => addActiveTime(moduleId, seconds));
  }, [moduleId]);
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  // Before hydration the record is the empty one, so this is the server's "not started".
  const status = moduleStatus(progress, moduleId);
  const placement = placementFor(placements, progress, defaultTrack);
  return (
    <span class="module-place">
      {placement && (
        <span class="module-step">
          {fill(t.moduleStep.stepOf, {
            step: placement.step,
            total: placement.total,
            track: placement.name,
          })}
        </span>
      )}
      <span class="status badge" data-status={status}>
        <span aria-hidden="true">{statusIcons[status]}</span> {statusText(status)}
      </span>
    </span>
  );
}
