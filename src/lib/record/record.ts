/*
 * The learner's record, as kept in localStorage: its types, and the small helpers every page
 * needs. Pure data and pure functions: the store in src/stores/progress.ts is the only code that
 * reads or writes storage. The schemas are in schema.ts and the reader that migrates
 * and repairs is in read.ts; pages load those only when a record needs them.
 */

// In their own file, so that the schema can use them without importing this one (no circle).
import { PROGRESS_VERSION, isStoredDate } from "./basics";
export { PROGRESS_VERSION, isStoredDate };

export type { Commitment, ModuleProgress, ModuleStatus, Progress, QuizProgress } from "./schema";
import type { ModuleStatus, Progress } from "./schema";

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

/** The entry stored under `id`, never a property inherited from Object (such as valueOf). */
export function entryOf<T>(entries: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(entries, id) ? entries[id] : undefined;
}

/** The status the learner sees for a module. */
export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  return entryOf(progress.modules, moduleId)?.status ?? "not-started";
}
