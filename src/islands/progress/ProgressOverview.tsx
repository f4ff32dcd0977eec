import { percent, statusLabel } from "../../lib/labels";
import { useStore } from "@nanostores/preact";
import "../../styles/progress.css";
import { summarizeProgress, type CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { emptyProgress } from "../../lib/record/record";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/client";
import { fill, plural } from "../../i18n/format";
import { pageHref } from "../../lib/site-url";

/** How many modules the learner has completed, and each module's status and best score. */
export default function ProgressOverview(props: {
  outline: CourseOutline;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { outline } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const summary = summarizeProgress(hydrated ? progress : emptyProgress(), outline);
  const kept = summary.unknownModuleIds.length;
  return (
    <div class="progress-overview">
      <p>{plural(lang(), t.overview.completed, summary.total, { done: summary.completed })}</p>
      <ul class="progress-modules">
        {summary.modules.map((module) => (
          <li key={module.id} data-module={module.id}>
            <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a>{" "}
            <span class="status" data-status={module.status}>
              {statusLabel(module.status)}
            </span>
            {module.bestScore !== undefined && (
              <span class="progress-score">
                {fill(t.overview.bestScore, { score: percent(module.bestScore) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {kept > 0 && <p class="progress-kept">{plural(lang(), t.overview.kept, kept)}</p>}
    </div>
  );
}
