import { statusIcons, statusText } from "../lib/labels";
import { t, useStrings, type IslandStrings } from "../i18n/client";
import { fill } from "../i18n/format";
import { useStore } from "@nanostores/preact";
import { useEffect } from "preact/hooks";
import { withActiveTime } from "../lib/active-time";
import { recordVisit } from "../stores/module";
import { $progress, updateProgress } from "../stores/progress";
import { countActiveTime } from "./progress/active-time";
import { emptyProgress, moduleStatus } from "../lib/record/record";
import { useHydrated } from "./useHydrated";
import type { Progress } from "../lib/record/record";

/** A module's place in one track, as the module page hands it to its islands. */
export interface ModulePlacement {
  track: string;
  name: string;
  step: number;
  total: number;
  /** The track's stops in order, to tell when the whole track is done. */
  stops: string[];
  /** The stop after this one, or null for the track's last. */
  next: { id: string; title: string; minutes: number } | null;
}

/**
 * The placement the learner sees: in the track they chose when it holds the module, else in
 * the course's default track, else in the first track that holds it.
 */
export function placementFor(
  placements: readonly ModulePlacement[],
  progress: Progress,
  defaultTrack: string,
): ModulePlacement | undefined {
  const chosen = progress.track ?? defaultTrack;
  return (
    placements.find((placement) => placement.track === chosen) ??
    placements.find((placement) => placement.track === defaultTrack) ??
    placements[0]
  );
}

/**
 * A module's place in the learner's track ("Step 3 of 6 · New-hire orientation") and its
 * status from the learner's record, as an icon and words (never colour alone). As the module
 * page's one always-on island, it also records the visit (the module counts as started) and
 * how long the learner was active on the page.
 */
export default function ModuleStatus(props: {
  moduleId: string;
  placements: ModulePlacement[];
  defaultTrack: string;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { moduleId, placements, defaultTrack } = props;
  const hydrated = useHydrated();
  useEffect(() => {
    recordVisit(moduleId);
    return countActiveTime((seconds) =>
      updateProgress("active time", (progress) => withActiveTime(progress, moduleId, seconds)),
    );
  }, [moduleId]);
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const status = hydrated ? moduleStatus(progress, moduleId) : "not-started";
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
