import { percent, statusLabel } from "../../lib/labels";
import { useStore } from "@nanostores/preact";
import "../../styles/progress.css";
import { summarizeProgress, type CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { emptyProgress } from "../../lib/record/record";
import { useHydrated } from "../useHydrated";
import { siteHref } from "../../lib/site-url";

/** How many modules the learner has completed, and each module's status and best score. */
export default function ProgressOverview({ outline }: { outline: CourseOutline }) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const summary = summarizeProgress(hydrated ? progress : emptyProgress(), outline);
  const kept = summary.unknownModuleIds.length;
  return (
    <div class="progress-overview">
      <p>
        You have completed <strong>{summary.completed}</strong> of {summary.total}{" "}
        {summary.total === 1 ? "module" : "modules"}.
      </p>
      <ul class="progress-modules">
        {summary.modules.map((module) => (
          <li key={module.id} data-module={module.id}>
            <a href={siteHref(`/modules/${module.id}/`)}>{module.title}</a>{" "}
            <span class="status" data-status={module.status}>
              {statusLabel(module.status)}
            </span>
            {module.bestScore !== undefined && (
              <span class="progress-score"> · best score {percent(module.bestScore)}</span>
            )}
          </li>
        ))}
      </ul>
      {kept > 0 && (
        <p class="progress-kept">
          Your record also holds progress from {kept} {kept === 1 ? "module" : "modules"} this
          course no longer has. It is kept, in case they come back, but not counted.
        </p>
      )}
    </div>
  );
}
