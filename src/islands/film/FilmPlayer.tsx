import { useStore } from "../useStore";
import { useEffect, useRef, useState } from "preact/hooks";
import { fill } from "../../i18n/format";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { stringsWith } from "../../i18n/browser/page-strings";
import type { ModuleRequirements } from "../../lib/record/completion";
import type { Cue } from "../../lib/film/vtt";
import type { FilmData, ModuleQuizzes } from "../../lib/quiz/page-data";
import { pageData } from "../page-data";
import { $progress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { onDemand } from "../on-demand";
import { percent } from "../labels";

// Its words come from a file of their own as it hydrates, not with the page (src/i18n/build,
// ownFileStrings); its descriptions and checkpoints from the page's data file (../page-data.ts).
let fetched: Partial<ModuleQuizzes> | undefined;
if (!import.meta.env.SSR) {
  [, fetched] = await Promise.all([
    stringsWith("film"),
    // Never rejects: without them the film still plays and counts (FilmPlayer says so).
    pageData().catch((error: unknown) => {
      console.error(error);
      return undefined;
    }),
  ]);
}

/** A film of the page as its file holds it; undefined if the file did not load or lacks it. */
function filmOnPage(filmId: string): FilmData | undefined {
  const film = fetched?.films?.[filmId];
  return Array.isArray(film?.descriptions) && Array.isArray(film?.checkpoints) ? film : undefined;
}

/** What Video.astro hands the player: the film's facts, built at build time. */
export interface FilmPlayerProps {
  filmId: string;
  /** The <video> element's id: the player is beside it, not around it. */
  videoId: string;
  required: number | undefined;
  module: ModuleRequirements;
  strings: IslandStrings;
  /**
   * Its descriptions and checkpoints, in a property Astro does not serialise (Video.astro): the
   * build renders from them, and the browser reads the same from the page's data file.
   */
  build?: { film?: FilmData };
}

/** The code that writes what was played (./recording.ts): loaded when the film first plays. */
const recording = onDemand(() => import("./recording"));

/** How often, in seconds of film, the share played is written while the film plays. */
const SAVE_EVERY = 5;

/** A share shown to the learner, rounded down so 89.6% never reads as 90%. */
const shown = (share: number) => percent(Math.floor(share * 100) / 100);

/**
 * The film's own controls beside the browser's player: how much has been watched (and whether
 * that counts), spoken descriptions of what is on screen, checkpoints that pause the film for a
 * question, chapters and transcript lines that seek, and a notice when it cannot play offline.
 * The <video> element itself, its captions, chapters and transcript are static HTML
 * (Video.astro), so they work and are searchable before this code loads.
 */
export default function FilmPlayer(props: FilmPlayerProps) {
  useStrings(props.strings);
  const { filmId, required } = props;
  const data = props.build?.film ?? filmOnPage(filmId);
  const descriptions = data?.descriptions ?? [];
  const checkpoints = data?.checkpoints ?? [];
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const share = hydrated ? (progress.films?.[filmId]?.share ?? 0) : 0;
  const [describing, setDescribing] = useState(false);
  const [described, setDescribed] = useState("");
  const [offline, setOffline] = useState(false);
  const [failed, setFailed] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const describingRef = useRef(false);
  describingRef.current = describing;

  useEffect(() => {
    const video = document.getElementById(props.videoId) as HTMLVideoElement | null;
    const figure = rootRef.current?.closest("figure");
    if (!video || !figure) return;
    let lastSaved = 0;
    /** Where the film was at the last tick while playing; undefined after a seek. */
    let lastTime: number | undefined;
    /** performance.now() at the last tick. */
    let lastClock = 0;
    /**
     * Stretches played on this page, in seconds: from tick to tick while the film plays, never
     * across a seek. (The element's own `played` counts from 0 when a seek comes before the
     * film's metadata, so it is not trusted.)
     */
    const ranges: [number, number][] = [];
    let lastCue: Cue | undefined;
    const asked = new Set<number>();

    // Loaded on "play" (below), before anything can have been played.
    const save = () => {
      if (ranges.length === 0) return;
      recording.use(({ toShares, watchFilm }) => {
        const played = toShares(ranges, video.duration);
        if (played.length === 0) return;
        watchFilm({
          filmId,
          played,
          ...(required === undefined ? {} : { required }),
          module: props.module,
        });
      });
    };

    // A checkpoint already answered, or passed, does not pause the film again.
    const answered = (quiz: string) => {
      const stored = $progress.get().quizzes[quiz];
      return Boolean(stored?.passed) || Object.keys(stored?.answers ?? {}).length > 0;
    };

    const panelAt = (at: number) => figure.querySelector<HTMLElement>(`[data-checkpoint="${at}"]`);
    /**
     * Show the questions of checkpoints the film has gone past without asking them (the learner
     * skipped ahead, or the film cannot play): the module needs them answered all the same.
     */
    const showPassed = (upTo: number) => {
      for (const checkpoint of checkpoints) {
        if (checkpoint.at <= upTo && !asked.has(checkpoint.at) && !answered(checkpoint.quiz)) {
          asked.add(checkpoint.at);
          const panel = panelAt(checkpoint.at);
          if (panel) panel.hidden = false;
        }
      }
    };

    const openCheckpoint = (at: number) => {
      const panel = panelAt(at);
      if (!panel) return;
      video.pause();
      panel.hidden = false;
      const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
      panel.scrollIntoView({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
      panel.querySelector<HTMLElement>("[data-checkpoint-heading]")?.focus();
    };

    const onTime = () => {
      const now = video.currentTime;
      const rate = Math.max(1, video.playbackRate);
      const clockNow = performance.now();
      // Played through, not jumped over: no further than the time since the last tick allows
      // at this speed (a seek also resets the last tick; this guards against a missed one).
      const from = lastTime;
      const allowed = ((clockNow - lastClock) / 1000) * rate * 1.5 + 1;
      lastClock = clockNow;
      const playedThrough =
        from !== undefined && !video.seeking && now > from && now - from <= allowed;
      if (playedThrough) {
        const last = ranges.at(-1);
        if (last && last[1] === from) last[1] = now;
        else ranges.push([from, now]);
        for (const checkpoint of checkpoints) {
          if (
            !asked.has(checkpoint.at) &&
            from <= checkpoint.at &&
            now >= checkpoint.at &&
            !answered(checkpoint.quiz)
          ) {
            asked.add(checkpoint.at);
            openCheckpoint(checkpoint.at);
          }
        }
      }
      if (!playedThrough) showPassed(now);
      lastTime = video.paused && !video.ended ? undefined : now;
      if (Math.abs(now - lastSaved) >= SAVE_EVERY * rate) {
        lastSaved = now;
        save();
      }
      const cue = descriptions.find((each) => now >= each.start && now < each.end);
      if (cue && cue !== lastCue && describingRef.current) setDescribed(cue.text);
      lastCue = cue ?? lastCue;
    };
    const onSeeked = () => {
      lastTime = video.paused ? undefined : video.currentTime;
      lastClock = performance.now();
    };
    const onPlaying = () => {
      recording.use(() => {});
      lastTime = video.currentTime;
      lastClock = performance.now();
    };
    const onEnded = () => {
      save();
      showPassed(Number.POSITIVE_INFINITY);
    };
    const onError = () => {
      setFailed(true);
      showPassed(Number.POSITIVE_INFINITY);
    };
    const goOffline = () => {
      setOffline(true);
      showPassed(Number.POSITIVE_INFINITY);
    };
    const goOnline = () => setOffline(false);
    const onPageHide = () => save();

    // Chapters and transcript lines seek; "Continue the film" closes its checkpoint.
    const onClick = (event: MouseEvent) => {
      const target = (event.target as Element).closest<HTMLElement>("[data-seek],[data-resume]");
      if (!target || !figure.contains(target)) return;
      event.preventDefault();
      if (target.dataset["seek"] !== undefined) {
        video.currentTime = Number(target.dataset["seek"]);
        lastTime = undefined;
        video.focus();
        void video.play().catch(() => undefined);
      } else {
        const panel = target.closest<HTMLElement>("[data-checkpoint]");
        if (panel) panel.hidden = true;
        video.focus();
        void video.play().catch(() => undefined);
      }
    };

    if (!navigator.onLine) goOffline();
    const source = video.querySelector("source:last-of-type");
    const listeners: [EventTarget | null, string, (event: never) => void][] = [
      [video, "timeupdate", onTime],
      [video, "seeked", onSeeked],
      [video, "play", onPlaying],
      [video, "playing", onPlaying],
      [video, "pause", save],
      [video, "ended", onEnded],
      [source, "error", onError],
      [figure, "click", onClick],
      [window, "offline", goOffline],
      [window, "online", goOnline],
      [window, "pagehide", onPageHide],
    ];
    for (const [target, type, listener] of listeners) {
      target?.addEventListener(type, listener as EventListener);
    }
    // Played before this hydrated (playing wakes it: client:reach): what the browser counts as
    // played so far is this page's first stretches, and counting goes on from here.
    if (video.played.length > 0) {
      for (let index = 0; index < video.played.length; index++) {
        ranges.push([video.played.start(index), video.played.end(index)]);
      }
      showPassed(video.currentTime);
      if (!video.paused) onPlaying();
      else save();
    }
    return () => {
      for (const [target, type, listener] of listeners) {
        target?.removeEventListener(type, listener as EventListener);
      }
    };
  }, [filmId]);

  // Offline or unplayable: say so, and open the transcript, which needs no network.
  const cannotPlay = offline || failed;
  useEffect(() => {
    if (!cannotPlay) return;
    const details = rootRef.current?.closest("figure")?.querySelector("details");
    if (details) details.open = true;
  }, [cannotPlay]);

  const toggle = () => {
    const next = !describing;
    setDescribing(next);
    const video = document.getElementById(props.videoId) as HTMLVideoElement | null;
    const now = video?.currentTime ?? 0;
    const cue = descriptions.findLast((each) => each.start <= now);
    setDescribed(next && cue ? cue.text : "");
  };

  const enough = required !== undefined && share >= required - 1e-9;
  return (
    <div class="film-player" ref={rootRef}>
      {cannotPlay && (
        <p class="notice film-offline" role="status">
          {offline ? t.film.offline : t.film.noVideo}
        </p>
      )}
      <div class="film-tools">
        {/* Rendered as the server did until mounted, so hydration keeps the server's markup. */}
        {hydrated && !data ? (
          <p class="notice film-describe-failed" role="status">
            {t.film.describeFailed}
          </p>
        ) : (
          <button
            type="button"
            class="button button-secondary film-describe"
            aria-pressed={describing}
            onClick={toggle}
          >
            {t.film.describe}
          </button>
        )}
        <p class="film-watched">
          <meter min={0} max={1} value={share} aria-hidden="true" />{" "}
          {fill(enough ? t.film.watchedEnough : t.film.watched, { share: shown(share) })}
        </p>
      </div>
      {required !== undefined && !enough && (
        <p class="film-required">{fill(t.film.required, { share: percent(required) })}</p>
      )}
      <p class="film-description" aria-live="polite" hidden={!describing}>
        {describing && described ? fill(t.film.describedNow, { text: described }) : ""}
      </p>
    </div>
  );
}
