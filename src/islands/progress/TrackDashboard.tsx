import { percent, statusLabel } from "../../lib/labels";
import { useStore } from "@nanostores/preact";
import { aboutDuration } from "../../lib/learner-actions";
import { emptyProgress, entryOf } from "../../lib/record/record";
import {
  summarizeProgress,
  type CourseOutline,
  type ModuleSummary,
} from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { formatDate, formatShortDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/client";
import { fill, plural } from "../../i18n/format";
import { ShareBar } from "../charts/BarChart";
import { chartWords } from "../charts/words";
import { pageHref } from "../../lib/site-url";

/** A track as the dashboard shows it. */
export interface DashboardTrack {
  id: string;
  name: string;
  moduleIds: string[];
}

/** The earliest and latest of some stored dates, if any. */
function span(dates: (string | undefined)[]): { from?: string; to?: string } {
  const known = dates.filter((date): date is string => date !== undefined).sort();
  return { from: known[0], to: known.at(-1) };
}

/**
 * Each track: modules done, best scores, time on the module pages and dates, with a link to the
 * track's certificate. Time is active time on module pages, counted since this was added.
 */
export default function TrackDashboard(props: {
  outline: CourseOutline;
  tracks: DashboardTrack[];
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const summary = summarizeProgress(progress, props.outline);
  const seconds = (id: string) => entryOf(progress.activeSeconds ?? {}, id);

  return (
    <div class="track-dashboard">
      {props.tracks.map((track) => {
        const modules = track.moduleIds
          .map((id) => summary.modules.find((module) => module.id === id))
          .filter((module): module is ModuleSummary => module !== undefined);
        const done = modules.filter((module) => module.status === "completed").length;
        const time = modules.reduce((sum, module) => sum + (seconds(module.id) ?? 0), 0);
        const dates = span(
          modules.flatMap((module) => [module.firstVisit, module.completedAt, module.lastVisit]),
        );
        const complete = done === modules.length && modules.length > 0;
        return (
          <section
            key={track.id}
            class="track-summary"
            aria-labelledby={`track-${track.id}`}
            data-track={track.id}
          >
            <h3 id={`track-${track.id}`}>{track.name}</h3>
            <div class="track-bar">
              <span class="dashboard-visually-hidden">
                {chartWords.trackBar(
                  track.name,
                  done,
                  modules.length,
                  percent(modules.length === 0 ? 0 : done / modules.length),
                )}
              </span>
              <ShareBar share={modules.length === 0 ? 0 : done / modules.length} />
              <span class="track-bar-figure" aria-hidden="true">
                {percent(modules.length === 0 ? 0 : done / modules.length)}
              </span>
            </div>
            <p>
              <strong>{plural(lang(), t.dashboard.done, modules.length, { done })}</strong>
              {time > 0 && fill(t.dashboard.time, { duration: aboutDuration(time) })}
              {dates.from &&
                (dates.to && formatDate(dates.to) !== formatDate(dates.from)
                  ? fill(t.dashboard.fromTo, {
                      from: formatDate(dates.from),
                      to: formatDate(dates.to),
                    })
                  : fill(t.dashboard.on, { date: formatDate(dates.from) }))}
              .{" "}
              <a href={pageHref(`/certificate/${track.id}/`)}>
                {complete
                  ? t.dashboard.openCertificate
                  : plural(lang(), t.dashboard.toGo, modules.length - done)}
              </a>
            </p>
            <div
              class="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={fill(t.dashboard.tableLabel, { track: track.name })}
            >
              <table class="track-table" aria-labelledby={`track-${track.id}`}>
                <thead>
                  <tr>
                    <th scope="col">{t.dashboard.module}</th>
                    <th scope="col">{t.dashboard.status}</th>
                    <th scope="col">{t.dashboard.bestScore}</th>
                    <th scope="col">{t.dashboard.time2}</th>
                    <th scope="col">{t.dashboard.started}</th>
                    <th scope="col">{t.dashboard.completed}</th>
                  </tr>
                </thead>
                <tbody>
                  {modules.map((module) => (
                    <tr key={module.id} data-module={module.id}>
                      <th scope="row">
                        <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a>
                      </th>
                      <td>{statusLabel(module.status)}</td>
                      <td>{module.bestScore === undefined ? "–" : percent(module.bestScore)}</td>
                      <td>
                        {seconds(module.id) === undefined
                          ? "–"
                          : aboutDuration(seconds(module.id)!)}
                      </td>
                      <td>{module.firstVisit ? formatShortDate(module.firstVisit) : "–"}</td>
                      <td>{module.completedAt ? formatShortDate(module.completedAt) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <p class="dashboard-note">{t.dashboard.note}</p>
    </div>
  );
}
