import { entryOf, type Progress } from "./record";
import { withModuleActivity, type ModuleRequirements } from "./completion";
import { addPlayed, hasWatched, type Played } from "../film/watched";

/*
 * How watching a film changes the learner's record: pure, like quiz.ts, so the store
 * applies it to the record as storage holds it now.
 */

/** What the player tells the record. */
export interface WatchEvent {
  filmId: string;
  /** Stretches played so far on this page, as shares of the film. */
  played: Played;
  /** The learner said they watched it (a film on another platform, which cannot be measured). */
  saidWatched?: boolean;
  /** The share the module requires of this film, if it does. */
  required?: number;
  module: ModuleRequirements;
  now: string;
}

/** The record with the stretches added, "watched" noted once reached, and the module completed when due. */
export function recordWatching(progress: Progress, event: WatchEvent): Progress {
  const films = progress.films ?? {};
  const before = entryOf(films, event.filmId);
  let entry = addPlayed(before, event.played);
  if (event.saidWatched) entry = { ...entry, share: 1 };
  if (!entry.watchedAt && hasWatched(entry, event.required ?? 0.9)) {
    entry = { ...entry, watchedAt: event.now };
  }
  const unchanged =
    before !== undefined &&
    before.share === entry.share &&
    before.watchedAt === entry.watchedAt &&
    JSON.stringify(before.played) === JSON.stringify(entry.played);
  if (unchanged) return progress;
  return withModuleActivity(
    { ...progress, films: { ...films, [event.filmId]: entry } },
    event.module,
    event.now,
  );
}
