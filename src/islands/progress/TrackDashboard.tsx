import { percent } from "../labels";
import { useStore } from "../useStore";
import { aboutDuration } from "./duration";
import { emptyProgress, entryOf } from "../../lib/record/record";
import {
  summarizeProgress,
  type CourseOutline,
  type ModuleSummary,
} from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { ProgressRing } from "../ui/ProgressRing";
import { chartWords } from "../charts/chart-words";
import { pageHref } from "../page-href";

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
 * One card per track: a ring of modules done, the time on its module pages and its dates, and
 * the certificate's button once earned (a quiet link saying how many modules to go before). The
 * modules themselves are listed once, in the overview (ProgressOverview), not once per track.
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
        const share = modules.length === 0 ? 0 : done / modules.length;
        return (
          <section
            key={track.id}
            class="track-summary card"
            aria-labelledby={`track-${track.id}`}
            data-track={track.id}
            data-complete={complete ? "" : undefined}
          >
            <ProgressRing
              value={share}
              done={complete}
              centre={`${done}/${modules.length}`}
              label={chartWords.trackBar(track.name, done, modules.length, percent(share))}
            />
            <div class="track-summary-text">
              <h3 id={`track-${track.id}`}>{track.name}</h3>
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
                .
              </p>
              <a
                class={complete ? "button" : "button button-quiet"}
                href={pageHref(`/certificate/${track.id}/`)}
              >
                {complete
                  ? t.dashboard.openCertificate
                  : plural(lang(), t.dashboard.toGo, modules.length - done)}
              </a>
            </div>
          </section>
        );
      })}
      <p class="dashboard-note">{t.dashboard.note}</p>
    </div>
  );
}
