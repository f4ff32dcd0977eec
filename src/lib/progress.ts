/*
 * The learner's record, as kept in localStorage: its types, and the small helpers every page
 * needs. Pure data and pure functions: the store in src/stores/progress.ts is the only code that
 * reads or writes storage. The schemas are in progress-schema.ts and the reader that migrates
 * and repairs is in progress-read.ts; pages load those only when a record needs them.
 */

/** Current version of the stored record; older records are migrated by progress-migrate.ts. */
export const PROGRESS_VERSION = 3;

export type {
  Commitment,
  ModuleProgress,
  ModuleStatus,
  Progress,
  QuizProgress,
} from "./progress-schema";
import type { ModuleStatus, Progress } from "./progress-schema";

/** A record with nothing in it. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, quizzes: {}, reflections: {} };
}

/** Keys that could reach an object's prototype: never read from stored or imported data. */
export const forbiddenKeys: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** An object that is not null or an array: what a record, or any entry of one, must be. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether `text` is a time as this site stores it: an ISO date (YYYY-MM-DD first) that Date can
 * read, on a day that exists. Date.parse alone accepts "2026-02-30" and rolls it into March.
 */
export function isStoredDate(text: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!day || Number.isNaN(Date.parse(text))) return false;
  const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
  const check = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0 to 99 into 1900 to 1999.
  check.setUTCFullYear(year, month - 1, date);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

/** The entry stored under `id`, never a property inherited from Object (such as valueOf). */
export function entryOf<T>(entries: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(entries, id) ? entries[id] : undefined;
}

/** The status the learner sees for a module. */
export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  return entryOf(progress.modules, moduleId)?.status ?? "not-started";
}
