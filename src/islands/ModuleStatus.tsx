import { statusIcons, statusText } from "../lib/labels";
import { useStrings, type IslandStrings } from "../i18n/client";
import { useStore } from "@nanostores/preact";
import { useEffect } from "preact/hooks";
import { withActiveTime } from "../lib/active-time";
import { recordVisit } from "../stores/module";
import { $progress, updateProgress } from "../stores/progress";
import { countActiveTime } from "./progress/active-time";
import { moduleStatus } from "../lib/record/record";
import { useHydrated } from "./useHydrated";

/**
 * A module's status from the learner's record, as an icon and words (never colour alone). As
 * the module page's one always-on island, it also records the visit (the module counts as
 * started) and how long the learner was active on the page.
 */
export default function ModuleStatus(props: { moduleId: string; strings: IslandStrings }) {
  useStrings(props.strings);
  const { moduleId } = props;
  const hydrated = useHydrated();
  useEffect(() => {
    recordVisit(moduleId);
    return countActiveTime((seconds) =>
      updateProgress("active time", (progress) => withActiveTime(progress, moduleId, seconds)),
    );
  }, [moduleId]);
  const progress = useStore($progress);
  const status = hydrated ? moduleStatus(progress, moduleId) : "not-started";
  const icon = statusIcons[status];
  const text = statusText(status);
  return (
    <span class="status" data-status={status}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
