import { useStore } from "../useStore";
import { useRef, useState } from "preact/hooks";
import { fill } from "../../i18n/format";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { stringsWith } from "../../i18n/browser/page-strings";
import type { ModuleRequirements } from "../../lib/record/completion";
import { $progress } from "../../stores/progress";
import { watchFilm } from "../../stores/film";
import { useHydrated } from "../useHydrated";

// Its words come from a file of their own as it hydrates, not with the page (src/i18n/build,
// ownFileStrings).
if (!import.meta.env.SSR) await stringsWith("film");

/** What Video.astro hands a film that plays from a video platform. */
export interface PlatformFilmProps {
  filmId: string;
  title: string;
  /** "2:05", as the card shows it. */
  runningTime: string;
  poster: string | undefined;
  platform: { url: string; name: string };
  required: number | undefined;
  module: ModuleRequirements;
  strings: IslandStrings;
}

/**
 * A film kept on a video platform, as a card: the course's own poster, the title, the running
 * time and where it plays from. Nothing is loaded from the platform until the learner presses
 * Play; the platform cannot say how much was watched, so the learner says so.
 */
export default function PlatformFilm(props: PlatformFilmProps) {
  useStrings(props.strings);
  const { filmId, platform } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [playing, setPlaying] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const said = hydrated && (progress.films?.[filmId]?.share ?? 0) >= 1;
  const name = platform.name;

  const play = () => {
    setPlaying(true);
    requestAnimationFrame(() => frameRef.current?.focus());
  };
  const say = () =>
    watchFilm({
      filmId,
      played: [],
      saidWatched: true,
      ...(props.required === undefined ? {} : { required: props.required }),
      module: props.module,
    });

  return (
    <div class="film-platform">
      <div class="film-frame">
        {playing ? (
          <iframe
            ref={frameRef}
            src={platform.url}
            title={fill(t.film.platformLabel, { title: props.title, platform: name })}
            allow="encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerpolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <button type="button" class="film-platform-play" onClick={play}>
            {props.poster && <img src={props.poster} alt="" width={640} height={360} />}
            <span class="film-platform-label">
              <span aria-hidden="true" class="film-play-icon">
                ▶
              </span>{" "}
              {fill(t.film.platformPlay, { platform: name })}
            </span>
          </button>
        )}
      </div>
      <p class="film-platform-notice">{fill(t.film.platformNotice, { platform: name })}</p>
      <p class="film-platform-counts">{fill(t.film.platformCounts, { platform: name })}</p>
      {said ? (
        <p class="film-watched" role="status">
          <span aria-hidden="true">✓</span> {t.film.platformSaid}
        </p>
      ) : (
        <button type="button" class="button button-secondary" onClick={say}>
          {t.film.platformSay}
        </button>
      )}
    </div>
  );
}
