import { useEffect } from "preact/hooks";
import { withActiveTime } from "../../lib/active-time";
import { recordVisit } from "../../stores/module";
import { updateProgress } from "../../stores/progress";
import { countActiveTime } from "./active-time";

/**
 * Records that the learner opened a module (it counts as started) and how long they were
 * active on its page; renders nothing.
 */
export default function ModuleVisit({ moduleId }: { moduleId: string }) {
  useEffect(() => {
    recordVisit(moduleId);
    return countActiveTime((seconds) =>
      updateProgress((progress) => withActiveTime(progress, moduleId, seconds)),
    );
  }, [moduleId]);
  return null;
}
