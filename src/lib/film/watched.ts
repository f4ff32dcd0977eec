/*
 * How much of a film the learner has played: the union of the stretches the player actually
 * played, as shares of the film from 0 to 1. A stretch skipped over (seeking to the end) was
 * never played, so it never counts; playing the same stretch twice counts once. `share` is the
 * most ever known, so merging two records, or a copy from the LMS that carries only the share,
 * never lowers it.
 */

/** Played stretches, as [from, to] shares of the film. */
export type Played = [from: number, to: number][];

/** A film's entry in the learner's record. */
export interface FilmProgress {
  played: Played;
  /** The share watched, 0 to 1: at least the played stretches' total. */
  share: number;
  /** When the share first reached the module's requirement, or the learner said they watched it. */
  watchedAt?: string;
}

/** Stretches kept per film: a learner who seeks about a great deal keeps the longest ones. */
export const MAX_STRETCHES = 64;
/** Shares are kept to four decimals: a film of two hours to within a second. */
const STEP = 10_000;

/**
 * The stretches sorted, within 0 to 1, overlapping and touching ones joined; each edge rounded
 * inwards so that rounding never claims a moment that was not played.
 */
export function normalise(played: Played): Played {
  const clean = played
    .filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to))
    .map(([from, to]): [number, number] => [
      Math.ceil(Math.min(1, Math.max(0, from)) * STEP) / STEP,
      Math.floor(Math.min(1, Math.max(0, to)) * STEP) / STEP,
    ])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const joined: Played = [];
  for (const [from, to] of clean) {
    const last = joined.at(-1);
    if (last && from <= last[1] + 1 / STEP) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  if (joined.length <= MAX_STRETCHES) return joined;
  return joined
    .toSorted((a, b) => b[1] - b[0] - (a[1] - a[0]))
    .slice(0, MAX_STRETCHES)
    .sort((a, b) => a[0] - b[0]);
}

/** The total share the stretches cover. */
export const coverage = (played: Played): number =>
  Math.min(1, Math.round(played.reduce((sum, [from, to]) => sum + (to - from), 0) * STEP) / STEP);

/** Stretches in seconds (as a media element's `played` gives them) as shares of `duration`. */
export function toShares(ranges: readonly [number, number][], duration: number): Played {
  if (!(duration > 0)) return [];
  return normalise(ranges.map(([from, to]) => [from / duration, to / duration]));
}

/** The entry with more stretches played: never lower than before. */
export function addPlayed(entry: FilmProgress | undefined, played: Played): FilmProgress {
  const union = normalise([...(entry?.played ?? []), ...played]);
  return withShare(entry, union, entry?.share ?? 0);
}

function withShare(entry: FilmProgress | undefined, played: Played, share: number): FilmProgress {
  return {
    played,
    share: Math.max(share, coverage(played)),
    ...(entry?.watchedAt ? { watchedAt: entry.watchedAt } : {}),
  };
}

const earliest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) < Date.parse(a) ? b : a;

/** Two records' entries for one film: stretches joined, the higher share, the first "watched". */
export function mergeFilm(mine: FilmProgress, theirs: FilmProgress): FilmProgress {
  const played = normalise([...mine.played, ...theirs.played]);
  const watchedAt = earliest(mine.watchedAt, theirs.watchedAt);
  return {
    played,
    share: Math.max(mine.share, theirs.share, coverage(played)),
    ...(watchedAt ? { watchedAt } : {}),
  };
}

/** Whether the entry reaches `required` (a share); a film required at 0 counts once opened. */
export const hasWatched = (entry: FilmProgress | undefined, required: number): boolean =>
  entry !== undefined && entry.share >= required - 1e-9;
