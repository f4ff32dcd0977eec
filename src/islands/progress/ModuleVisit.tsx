import { useEffect } from "preact/hooks";
import { recordVisit } from "../../stores/progress";

/** Records that the learner opened a module (it counts as started); renders nothing. */
export default function ModuleVisit({ moduleId }: { moduleId: string }) {
  useEffect(() => recordVisit(moduleId), [moduleId]);
  return null;
}
