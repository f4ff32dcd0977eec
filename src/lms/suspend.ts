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
 * The learner's progress on one track as it travels in the LMS: SCORM 1.2's cmi.suspend_data
 * (4,096 characters at most) and the cmi5 state document. Only ids, statuses, best scores,
 * dates and time: never answers, reflections, commitments or the learner's name.
 *
 * Compact JSON: dates as seconds since 1970 in base 36, best scores in ten-thousandths.
 *   { "v": 1, "m": { "<module>": [status, firstVisit, lastVisit, completedAt, seconds] },
 *     "q": { "<quiz>": [best, attempts, passed] }, "a": { "<activity>": ticked },
 *     "f": { "<film>": share watched } }
 * "f" (films a module requires, their share in ten-thousandths) is optional, so a copy without it
 * reads as before.
 * status is 1 in progress, 2 completed; an absent date is "".
 */

/** SCORM 1.2's limit on cmi.suspend_data. */
export const SUSPEND_DATA_LIMIT = 4096;
/** The encoding's version: a newer one is set aside, never misread. */
const FORMAT = 1;
/** Active time is stored up to this (about 115 days), so the worst case is bounded. */
const MAX_SECONDS = 9_999_999;

type ModuleEntry = [status: 1 | 2, first: string, last: string, completed: string, seconds: number];
type QuizEntry = [best: number, attempts: number, passed: 0 | 1];
interface Encoded {
  v: number;
  m: Record<string, ModuleEntry>;
  q: Record<string, QuizEntry>;
  a: Record<string, string>;
  f?: Record<string, number>;
}

const packDate = (date: string | undefined) =>
  date === undefined ? "" : Math.floor(Date.parse(date) / 1000).toString(36);

/** A date from its packed form, or undefined for "" or anything that is not one. */
function unpackDate(packed: unknown): string | undefined {
  if (typeof packed !== "string" || !/^[0-9a-z]{1,9}$/.test(packed)) return undefined;
  const date = new Date(Number.parseInt(packed, 36) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The track's part of the record, packed for the LMS. */
export function encodeTrack(progress: Progress, plan: TrackPlan): string {
  const encoded: Encoded = { v: FORMAT, m: {}, q: {}, a: {} };
  const seconds = progress.activeSeconds ?? {};
  for (const { id, quizIds } of plan.modules) {
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
  for (const id of plan.activityIds) {
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

/**
 * The LMS copy as a record, ready to merge with this browser's. Anything the LMS hands back
 * that this site did not write (too long, not this format, a newer version, impossible values)
 * is refused as a whole, and the browser's copy stays as it is.
 */
export function decodeTrack(text: string): TrackReading {
  if (text.trim() === "") return refuse("the LMS has no saved progress yet");
  if (text.length > SUSPEND_DATA_LIMIT * 4) return refuse("the saved progress is too long");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("the saved progress is not in this site's format");
  }
  if (!isPlainObject(raw) || typeof raw["v"] !== "number") {
    return refuse("the saved progress is not in this site's format");
  }
  if (raw["v"] > FORMAT) return refuse("the saved progress comes from a newer version of the site");
  if (raw["v"] !== FORMAT) return refuse("the saved progress is not in this site's format");

  const progress = emptyProgress();
  const activeSeconds: Record<string, number> = {};
  for (const [id, entry] of entries(raw["m"])) {
    if (!Array.isArray(entry) || entry.length !== 5) return refuse(`module ${id} is damaged`);
    const [status, first, last, completed, seconds] = entry as unknown[];
    if ((status !== 1 && status !== 2) || !isCount(seconds, MAX_SECONDS)) {
      return refuse(`module ${id} is damaged`);
    }
    const dates = {
      firstVisit: unpackDate(first),
      lastVisit: unpackDate(last),
      completedAt: unpackDate(completed),
    };
    progress.modules[id] = {
      status: status === 2 ? "completed" : "in-progress",
      ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date !== undefined)),
    };
    if (seconds > 0) activeSeconds[id] = seconds;
  }
  for (const [id, entry] of entries(raw["q"])) {
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
    const at = unpackDate(packed);
    if (at === undefined) return refuse(`team activity ${id} is damaged`);
    activities[id] = at;
  }
  const films: NonNullable<Progress["films"]> = {};
  for (const [id, share] of entries(raw["f"])) {
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
  for (const module of plan.modules) {
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
  for (const id of plan.activityIds) progress.activities[id] = latest;
  progress.films = Object.fromEntries(
    plan.modules.flatMap((module) =>
      (module.filmIds ?? []).map((id) => [id, { played: [], share: 1 }]),
    ),
  );
  return encodeTrack(progress, plan).length;
}
