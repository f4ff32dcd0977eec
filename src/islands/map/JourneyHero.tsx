import type { ComponentChildren } from "preact";
import { ProgressRing } from "../ui/ProgressRing";
import type { NextUp, TrackProgress } from "../../lib/next-up";
import { pageHref } from "../page-href";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { SpriteIcon } from "./SpriteIcon";
import type { MapModule, TrackInfo } from "./types";

interface Props {
  track: TrackInfo;
  next: NextUp;
  module: MapModule | undefined;
  progress: TrackProgress;
  /** The track choice, folded away under "Change track". */
  switcher: ComponentChildren;
}

/**
 * The first thing on the home page: the chosen track, how far along it is, and one primary
 * button to the next module, or to the certificate once the track is done.
 */
export function JourneyHero({ track, next, module, progress, switcher }: Props) {
  const finished = next.kind === "finished" || progress.done === progress.total;
  const ringLabel = plural(lang(), t.map.ringLabel, progress.done, {
    done: progress.done,
    count: progress.total,
  });
  const resume = next.kind === "continue" || progress.done > 0;
  return (
    <section
      class="hero card card-raised"
      aria-labelledby="hero-eyebrow hero-heading"
      data-finished={finished ? "" : undefined}
    >
      <div class="hero-track">
        <ProgressRing
          value={progress.total > 0 ? progress.done / progress.total : 0}
          centre={`${progress.done}/${progress.total}`}
          label={ringLabel}
          done={finished}
        />
        <div>
          <p class="hero-eyebrow" id="hero-eyebrow">
            {t.map.yourTrack}
          </p>
          <h2 id="hero-heading">{track.name}</h2>
          <p class="hero-meta">
            {ringLabel}
            {!finished && <> · {plural(lang(), t.map.minutesLeft, progress.minutesLeft)}</>}
          </p>
        </div>
      </div>
      {finished || !module ? (
        <div class="hero-next">
          <p class="hero-celebrate">
            <SpriteIcon name="award" /> {fill(t.map.heroFinished, { track: track.name })}
          </p>
          <a class="button button-primary button-wide" href={pageHref(`/certificate/${track.id}/`)}>
            {t.map.getCertificate}
          </a>
        </div>
      ) : (
        <div class="hero-next" data-next={module.id}>
          <p class="hero-eyebrow">
            {next.kind === "continue" ? t.map.heroContinue : t.map.heroNext}
          </p>
          <p class="hero-module">
            <span class="hero-module-icon">
              <SpriteIcon name={module.icon} />
            </span>
            <span>
              <strong>{module.title}</strong>
              <span class="hero-module-minutes">
                {plural(lang(), t.map.aboutMinutes, module.minutes)}
              </span>
            </span>
          </p>
          <a class="button button-primary button-wide" href={pageHref(`/modules/${module.id}/`)}>
            {fill(resume ? t.map.continue : t.map.start, { title: module.title })}
          </a>
        </div>
      )}
      <details class="hero-change">
        <summary>{t.map.changeTrack}</summary>
        {switcher}
      </details>
    </section>
  );
}
