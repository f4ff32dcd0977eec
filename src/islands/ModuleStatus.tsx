import { useStore } from "@nanostores/preact";
import { $progress } from "../stores/progress";
import { moduleStatus, type ModuleStatus as Status } from "../lib/progress";
import { useHydrated } from "./useHydrated";

const labels: Record<Status, { icon: string; text: string }> = {
  "not-started": { icon: "○", text: "Not started" },
  "in-progress": { icon: "◐", text: "In progress" },
  completed: { icon: "✓", text: "Completed" },
};

/** A module's status from the learner's record, as an icon and words (never colour alone). */
export default function ModuleStatus({ moduleId }: { moduleId: string }) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const status = hydrated ? moduleStatus(progress, moduleId) : "not-started";
  const { icon, text } = labels[status];
  return (
    <span class="status" data-status={status}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
