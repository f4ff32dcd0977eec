import type { NextUp, TrackProgress } from "../../lib/next-up";
import type { MapModule, TrackInfo } from "./types";
import { lang, t } from "../../i18n/client";
import { fill, plural } from "../../i18n/format";
import { pageHref } from "../../lib/site-url";

interface Props {
  modules: readonly MapModule[];
  next: NextUp;
  track: TrackInfo;
  progress: TrackProgress;
}

const headings = (): Record<NextUp["kind"], string> => ({
  continue: t.map.headingContinue,
  next: t.map.headingNext,
  finished: t.map.headingFinished,
});

/** The one module to open next on the chosen track, and how far along the track the learner is. */
export function NextUpPanel({ modules, next, track, progress }: Props) {
  const module = next.kind === "finished" ? undefined : modules.find((m) => m.id === next.moduleId);
  const outsideTrack = module !== undefined && !module.tracks.includes(track.id);
  return (
    <section class="next-up" aria-labelledby="next-up-heading" data-next={module?.id}>
      <h2 id="next-up-heading">{headings()[next.kind]}</h2>
      {module ? (
        <p class="next-up-module">
          <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a>{" "}
          <span class="next-up-minutes">{plural(lang(), t.map.aboutMinutes, module.minutes)}</span>
          {outsideTrack && (
            <span class="next-up-note">{fill(t.map.buildsOn, { track: track.name })}</span>
          )}
        </p>
      ) : (
        <p class="next-up-module">{t.map.chooseAnother}</p>
      )}
      <p class="next-up-progress">
        {plural(lang(), t.map.trackProgress, progress.total, {
          track: track.name,
          done: progress.done,
          left: progress.minutesLeft,
        })}
      </p>
    </section>
  );
}
