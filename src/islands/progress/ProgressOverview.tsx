import { percent, statusIcons, statusText } from "../labels";
import { useStore } from "../useStore";
import { summarizeProgress, type CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { emptyProgress, entryOf } from "../../lib/record/record";
import { aboutDuration } from "./duration";
import { formatShortDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { plural } from "../../i18n/format";
import { pageHref } from "../page-href";

/**
 * Every module once, whatever tracks it is in: its status, best score, time and dates. A table
 * on a wide screen; on a phone each row becomes a card with its labels beside the figures.
 */
export default function ProgressOverview(props: {
  outline: CourseOutline;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { outline } = props;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const summary = summarizeProgress(progress, outline);
  const kept = summary.unknownModuleIds.length;
  const seconds = (id: string) => entryOf(progress.activeSeconds ?? {}, id);
  const d = t.dashboard;
  return (
    <div class="progress-overview">
      <p>{plural(lang(), t.overview.completed, summary.total, { done: summary.completed })}</p>
      <table class="progress-modules">
        <thead>
          <tr>
            <th scope="col">{d.module}</th>
            <th scope="col">{d.status}</th>
            <th scope="col">{d.bestScore}</th>
            <th scope="col">{d.time2}</th>
            <th scope="col">{d.started}</th>
            <th scope="col">{d.completed}</th>
          </tr>
        </thead>
        <tbody>
          {summary.modules.map((module) => {
            const time = seconds(module.id);
            return (
              <tr key={module.id} data-module={module.id}>
                <th scope="row">
                  <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a>
                </th>
                <td data-label={d.status}>
                  <span class="status" data-status={module.status}>
                    {statusIcons[module.status]} {statusText(module.status)}
                  </span>
                </td>
                <td data-label={d.bestScore}>
                  {module.bestScore === undefined ? "–" : percent(module.bestScore)}
                </td>
                <td data-label={d.time2}>{time === undefined ? "–" : aboutDuration(time)}</td>
                <td data-label={d.started}>
                  {module.firstVisit ? formatShortDate(module.firstVisit) : "–"}
                </td>
                <td data-label={d.completed}>
                  {module.completedAt ? formatShortDate(module.completedAt) : "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {kept > 0 && <p class="progress-kept">{plural(lang(), t.overview.kept, kept)}</p>}
    </div>
  );
}
