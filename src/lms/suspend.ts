import { readBack } from "../lib/record/readback";
import {
  emptyProgress,
  entryOf,
  forbiddenKeys,
  isPlainObject,
  type Progress,
} from "../lib/record/record";
import type { TrackPlan } from "./plan";

/*
 * The learner's progress on one track as it travels in the LMS: SCORM's cmi.suspend_data
 * (4,000 characters at most) and the cmi5 state document. Only ids, statuses, best scores,
 * dates and time: never answers, reflections, commitments or the learner's name.
 *
 * Every module the package offers travels in it, the track's and the others the map shows.
 *
 * Compact JSON: dates as seconds since 1970 in base 36, best scores in ten-thousandths.
 *   { "v": 1, "t": "<track>", "m": { "<module>": [status, firstVisit, lastVisit, completedAt, seconds] },
 *     "q": { "<quiz>": [best, attempts, passed] }, "a": { "<activity>": ticked },
 *     "f": { "<film>": share watched } }
 * status is 1 in progress, 2 completed; an absent date is "". ("t" was added without a new
 * version: a copy without it is read as this track's.) "f" (films a module requires, their share
 * in ten-thousandths) is optional, so a copy without it reads as before.
 */

/**
 * The longest suspend data a package writes: SCORM 2004 3rd edition's smallest permitted
 * maximum for cmi.suspend_data (4,000), under SCORM 1.2's 4,096, so every LMS keeps it whole.
 */
export const SUSPEND_DATA_LIMIT = 4000;
/** The encoding's version: a newer one is set aside, never misread. */
const FORMAT = 1;
/** Active time is stored up to this (about 115 days), so the worst case is bounded. */
const MAX_SECONDS = 9_999_999;

type ModuleEntry = [status: 1 | 2, first: string, last: string, completed: string, seconds: number];
type QuizEntry = [best: number, attempts: number, passed: 0 | 1];
interface Encoded {
  v: number;
  t: string;
  m: Record<string, ModuleEntry>;
  q: Record<string, QuizEntry>;
  a: Record<string, string>;
  f?: Record<string, number>;
}

const packDate = (date: string | undefined) =>
  date === undefined ? "" : Math.floor(Date.parse(date) / 1000).toString(36);

/** The earliest date a record can hold: the site did not exist before. */
const EARLIEST = Date.parse("2020-01-01T00:00:00Z");
/** A day of leeway for a device whose clock runs ahead. */
const CLOCK_SKEW_MS = 24 * 3600 * 1000;

/**
 * A date from its packed form: undefined for "", null for anything that is not a date this
 * site could have written (not base 36, before 2020, or in the future).
 */
function unpackDate(packed: unknown, now: number): string | undefined | null {
  if (packed === "") return undefined;
  if (typeof packed !== "string" || !/^[0-9a-z]{1,9}$/.test(packed)) return null;
  const time = Number.parseInt(packed, 36) * 1000;
  if (!(time >= EARLIEST && time <= now + CLOCK_SKEW_MS)) return null;
  return new Date(time).toISOString();
}

/** The track's part of the record, packed for the LMS. */
export function encodeTrack(progress: Progress, plan: TrackPlan): string {
  const encoded: Encoded = { v: FORMAT, t: plan.id, m: {}, q: {}, a: {} };
  const seconds = progress.activeSeconds ?? {};
  for (const { id, quizIds } of plan.offered) {
    const module = entryOf(progress.modules, id);
    if (module) {
      encoded.m[id] = [
        module.status === "completed" ? 2 : 1,
        packDate(module.firstVisit),
        packDate(module.lastVisit),
        packDate(module.completedAt),
        Math.min(MAX_SECONDS, Math.round(entryOf(seconds, id) ?? 0)),
      ];
    }
    for (const quizId of quizIds) {
      const quiz = entryOf(progress.quizzes, quizId);
      if (quiz && (quiz.attempts > 0 || quiz.passed)) {
        encoded.q[quizId] = [
          // Rounded down: the LMS copy never claims more than the learner scored.
          Math.floor((quiz.bestScore ?? 0) * 10_000),
          Math.min(quiz.attempts, 999_999),
          quiz.passed ? 1 : 0,
        ];
      }
    }
  }
  const films = progress.films ?? {};
  for (const { filmIds = [] } of plan.modules) {
    for (const id of filmIds) {
      const film = entryOf(films, id);
      // Rounded down, like scores: the LMS copy never claims more than was watched.
      if (film) (encoded.f ??= {})[id] = Math.floor(film.share * 10_000);
    }
  }
  const activities = progress.activities ?? {};
  for (const id of plan.offeredActivityIds) {
    const at = entryOf(activities, id);
    if (at !== undefined) encoded.a[id] = packDate(at);
  }
  return JSON.stringify(encoded);
}

/** What the LMS copy holds: a record to merge, or why it was set aside. */
export type TrackReading = { ok: true; progress: Progress } | { ok: false; reason: string };

const refuse = (reason: string): TrackReading => ({ ok: false, reason });

/** Own, safe keys of an object read from the LMS. */
const entries = (value: unknown) =>
  isPlainObject(value) ? Object.entries(value).filter(([key]) => !forbiddenKeys.has(key)) : [];

const isCount = (value: unknown, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;

/** The fields a copy may have: anything else was not written by this site. */
const FIELDS = new Set(["v", "t", "m", "q", "a", "f"]);

/**
 * The LMS copy as a record, ready to merge with this browser's. Anything the LMS hands back
 * that this package did not write (too long, not this format, a newer version, another
 * track's, a module, quiz or activity the package does not offer, impossible values) is
 * refused as a whole: the same checks as an import, and stricter, because the copy is
 * written by this package only.
 */
export function decodeTrack(text: unknown, plan: TrackPlan, now = Date.now()): TrackReading {
  if (typeof text !== "string") return refuse("the LMS did not hand back the saved progress");
  if (text.trim() === "") return refuse("the LMS has no saved progress yet");
  if (text.length > SUSPEND_DATA_LIMIT) return refuse("the saved progress is too long");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("the saved progress is not in this site's format (it may be cut short)");
  }
  if (!isPlainObject(raw) || typeof raw["v"] !== "number") {
    return refuse("the saved progress is not in this site's format");
  }
  if (raw["v"] > FORMAT) return refuse("the saved progress comes from a newer version of the site");
  if (raw["v"] !== FORMAT) return refuse("the saved progress is not in this site's format");
  const unknown = Object.keys(raw).find((key) => !FIELDS.has(key));
  if (unknown !== undefined)
    return refuse(`the saved progress has a field this site never writes (${unknown})`);
  if (raw["t"] !== undefined && raw["t"] !== plan.id) {
    return refuse("the saved progress belongs to another track");
  }
  for (const field of ["m", "q", "a"]) {
    if (raw[field] !== undefined && !isPlainObject(raw[field])) {
      return refuse("the saved progress is not in this site's format");
    }
  }
  const modules = new Set(plan.offered.map((module) => module.id));
  const quizzes = new Set(plan.offered.flatMap((module) => module.quizIds));
  const activityIds = new Set(plan.offeredActivityIds);

  const progress = emptyProgress();
  const activeSeconds: Record<string, number> = {};
  for (const [id, entry] of entries(raw["m"])) {
    if (!modules.has(id)) return refuse(`module ${id} is not in this package`);
    if (!Array.isArray(entry) || entry.length !== 5) return refuse(`module ${id} is damaged`);
    const [status, first, last, completed, seconds] = entry as unknown[];
    if ((status !== 1 && status !== 2) || !isCount(seconds, MAX_SECONDS)) {
      return refuse(`module ${id} is damaged`);
    }
    const dates = {
      firstVisit: unpackDate(first, now),
      lastVisit: unpackDate(last, now),
      completedAt: unpackDate(completed, now),
    };
    if (Object.values(dates).includes(null)) return refuse(`module ${id} has an impossible date`);
    progress.modules[id] = {
      status: status === 2 ? "completed" : "in-progress",
      ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date !== undefined)),
    };
    if (seconds > 0) activeSeconds[id] = seconds;
  }
  for (const [id, entry] of entries(raw["q"])) {
    if (!quizzes.has(id)) return refuse(`quiz ${id} is not in this package`);
    if (!Array.isArray(entry) || entry.length !== 3) return refuse(`quiz ${id} is damaged`);
    const [best, attempts, passed] = entry as unknown[];
    if (!isCount(best, 10_000) || !isCount(attempts, 1_000_000) || (passed !== 0 && passed !== 1)) {
      return refuse(`quiz ${id} is damaged`);
    }
    progress.quizzes[id] = {
      answers: {},
      attempts,
      bestScore: best / 10_000,
      passed: passed === 1,
    };
  }
  const activities: Record<string, string> = {};
  for (const [id, packed] of entries(raw["a"])) {
    if (!activityIds.has(id)) return refuse(`team activity ${id} is not in this package`);
    const at = unpackDate(packed, now);
    if (typeof at !== "string") return refuse(`team activity ${id} is damaged`);
    activities[id] = at;
  }
  const films: NonNullable<Progress["films"]> = {};
  const knownFilms = new Set(plan.modules.flatMap((module) => module.filmIds ?? []));
  for (const [id, share] of entries(raw["f"])) {
    if (!knownFilms.has(id)) return refuse(`film ${id} is not in this package`);
    if (!isCount(share, 10_000)) return refuse(`film ${id} is damaged`);
    films[id] = { played: [], share: share / 10_000 };
  }
  if (Object.keys(films).length > 0) progress.films = films;
  if (Object.keys(activeSeconds).length > 0) progress.activeSeconds = activeSeconds;
  if (Object.keys(activities).length > 0) progress.activities = activities;
  // The same full check an import passes: ids, dates and shapes the site can read back.
  const back = readBack(progress);
  return back.ok
    ? { ok: true, progress: back.progress }
    : refuse(`the saved progress is damaged at ${back.place}`);
}

/** The longest text a track's record can pack into: every module, quiz and activity at its largest. */
export function longestEncoding(plan: TrackPlan): number {
  const latest = new Date(253_402_300_799_000).toISOString(); // 9999-12-31T23:59:59Z
  const progress = emptyProgress();
  progress.activeSeconds = {};
  progress.activities = {};
  for (const module of plan.offered) {
    progress.modules[module.id] = {
      status: "completed",
      firstVisit: latest,
      lastVisit: latest,
      completedAt: latest,
    };
    progress.activeSeconds[module.id] = MAX_SECONDS;
    for (const quizId of module.quizIds) {
      progress.quizzes[quizId] = {
        answers: {},
        attempts: 999_999,
        bestScore: 0.9999,
        passed: true,
      };
    }
  }
  for (const id of plan.offeredActivityIds) progress.activities[id] = latest;
  progress.films = Object.fromEntries(
    plan.modules.flatMap((module) =>
      (module.filmIds ?? []).map((id) => [id, { played: [], share: 1 }]),
    ),
  );
  return encodeTrack(progress, plan).length;
}
