import * as v from "valibot";
import {
  PROGRESS_VERSION,
  emptyProgress,
  forbiddenKeys,
  isPlainObject,
  type Progress,
} from "./record";
import { migrateForward } from "./migrate";
import {
  check,
  commitmentSchema,
  checkInSchema,
  isoDate,
  moduleProgressSchema,
  progressSchema,
  quizProgressSchema,
  reflectionSchema,
  reviewItemSchema,
  answerSchema,
  seconds,
  writerSchema,
  filmProgressSchema,
  type Commitment,
  type ModuleProgress,
  type QuizProgress,
  type Schema,
} from "./schema";

/*
 * Reading any stored text into a valid record: migrations, and repair entry by entry. Loaded
 * only when the quick check in progress.ts does not pass the record as it is (an older version,
 * a damaged entry, text from elsewhere), and for import.
 */

/** Where repair dropped something, such as `modules.why-customer-focus.lastVisit`. */
type Dropped = string[];

/** Keep the entries of `raw` that can be repaired; one broken entry costs only itself. */
function keepEntries<T>(
  raw: unknown,
  path: string,
  dropped: Dropped,
  repair: (value: unknown, path: string) => T | undefined,
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (raw === undefined) return kept;
  if (!isPlainObject(raw)) {
    dropped.push(path);
    return kept;
  }
  for (const [key, value] of Object.entries(raw)) {
    const repaired = repair(value, `${path}.${key}`);
    if (repaired !== undefined) kept[key] = repaired;
  }
  return kept;
}

/** An entry that must match `schema` as a whole, or be dropped. */
const strictEntry =
  <T>(schema: Schema<T>, dropped: Dropped) =>
  (value: unknown, path: string): T | undefined => {
    const parsed = check(schema, value);
    if (parsed.success) return parsed.data;
    dropped.push(path);
    return undefined;
  };

/**
 * An object entry repaired field by field: a broken optional field is dropped, a broken required
 * field takes its fallback if it has one, and otherwise the entry is dropped.
 */
function repairFields<T>(
  schema: v.ObjectSchema<v.ObjectEntries, undefined>,
  value: unknown,
  path: string,
  dropped: Dropped,
  fallbacks: Record<string, (raw: unknown, path: string) => unknown> = {},
): T | undefined {
  const whole = check(schema, value);
  if (whole.success) return whole.data as T;
  if (!isPlainObject(value)) {
    dropped.push(path);
    return undefined;
  }
  const result: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.entries) as [string, Schema][]) {
    const fallback = fallbacks[field];
    if (fallback) {
      result[field] = fallback(value[field], `${path}.${field}`);
      continue;
    }
    const parsed = check(fieldSchema, value[field]);
    if (parsed.success) {
      if (parsed.data !== undefined) result[field] = parsed.data;
    } else if (check(fieldSchema, undefined).success) {
      dropped.push(`${path}.${field}`);
    } else {
      dropped.push(path);
      return undefined;
    }
  }
  const repaired = check(schema, result);
  if (repaired.success) return repaired.data as T;
  dropped.push(path);
  return undefined;
}

/** A required field's value if valid, else its default (noting the loss). */
const orDefault =
  <T>(schema: Schema<T>, fallback: T, dropped: Dropped) =>
  (raw: unknown, path: string): T => {
    const parsed = check(schema, raw);
    if (parsed.success) return parsed.data;
    dropped.push(path);
    return fallback;
  };

/** The valid parts of a record of the current version, and where anything was dropped. */
function repairRecord(raw: Record<string, unknown>, dropped: Dropped): Progress {
  const progress: Progress = {
    version: PROGRESS_VERSION,
    modules: keepEntries(raw["modules"], "modules", dropped, (value, path) =>
      repairFields<ModuleProgress>(moduleProgressSchema, value, path, dropped),
    ),
    quizzes: keepEntries(raw["quizzes"], "quizzes", dropped, (value, path) =>
      repairFields<QuizProgress>(quizProgressSchema, value, path, dropped, {
        answers: (answers, answersPath) =>
          keepEntries(answers, answersPath, dropped, strictEntry(answerSchema, dropped)),
        attempts: orDefault(quizProgressSchema.entries.attempts, 0, dropped),
        passed: orDefault(quizProgressSchema.entries.passed, false, dropped),
      }),
    ),
    reflections: keepEntries(
      raw["reflections"],
      "reflections",
      dropped,
      strictEntry(reflectionSchema, dropped),
    ),
  };
  const commitments = keepEntries(raw["commitments"], "commitments", dropped, (value, path) =>
    repairFields<Commitment>(commitmentSchema, value, path, dropped, {
      checkIns: (list, listPath) =>
        Array.isArray(list)
          ? list.filter((checkIn, index) =>
              strictEntry(checkInSchema, dropped)(checkIn, `${listPath}.${index}`),
            )
          : orDefault(commitmentSchema.entries.checkIns, [], dropped)(list, listPath),
    }),
  );
  const optionalRecords = {
    review: keepEntries(raw["review"], "review", dropped, strictEntry(reviewItemSchema, dropped)),
    commitments,
    activities: keepEntries(
      raw["activities"],
      "activities",
      dropped,
      strictEntry(isoDate, dropped),
    ),
    activeSeconds: keepEntries(
      raw["activeSeconds"],
      "activeSeconds",
      dropped,
      strictEntry(seconds, dropped),
    ),
    writers: keepEntries(raw["writers"], "writers", dropped, strictEntry(writerSchema, dropped)),
    films: keepEntries(raw["films"], "films", dropped, strictEntry(filmProgressSchema, dropped)),
  };
  // Fields added in v3 stay absent when the record never had them.
  for (const [field, entries] of Object.entries(optionalRecords)) {
    if (raw[field] !== undefined) Object.assign(progress, { [field]: entries });
  }
  for (const field of ["track", "savedAt", "learnerName"] as const) {
    const parsed = check(progressSchema.entries[field] as Schema, raw[field]);
    if (!parsed.success) dropped.push(field);
    else if (parsed.data !== undefined) Object.assign(progress, { [field]: parsed.data });
  }
  return progress;
}

/** What reading the stored text found, with the record to use. */
export type ProgressReading =
  /** Nothing stored yet. */
  | { outcome: "empty"; progress: Progress }
  /** A valid record, migrated from an older version if `migratedFrom` is set. */
  | { outcome: "valid"; progress: Progress; migratedFrom?: number }
  /** Some entries could not be read: `progress` keeps the rest, `dropped` says where. */
  | { outcome: "repaired"; progress: Progress; dropped: string[]; migratedFrom?: number }
  /** Not JSON, or not a record at all: nothing could be kept. */
  | { outcome: "unreadable"; progress: Progress }
  /** Written by a newer version of the site: shown as well as possible, never written back. */
  | { outcome: "newer"; progress: Progress; version: number };

/** JSON.parse that removes prototype-reaching keys at any depth and reports where. */
export function parseWithoutForbiddenKeys(
  text: string,
): { ok: true; value: unknown; forbidden: string[] } | { ok: false } {
  const forbidden: string[] = [];
  try {
    const value: unknown = JSON.parse(text, (key, nested: unknown) => {
      if (!forbiddenKeys.has(key)) return nested;
      forbidden.push(key);
      return undefined;
    });
    return { ok: true, value, forbidden };
  } catch {
    return { ok: false };
  }
}

/**
 * Read whatever is in storage into a valid record, and say what happened. Never throws: older
 * versions are migrated, broken entries are dropped one by one and the rest kept, and text that
 * is not a record at all yields an empty one.
 */
export function readProgress(text: string | undefined | null): ProgressReading {
  if (!text) return { outcome: "empty", progress: emptyProgress() };
  const parsed = parseWithoutForbiddenKeys(text);
  if (!parsed.ok || !isPlainObject(parsed.value)) {
    return { outcome: "unreadable", progress: emptyProgress() };
  }
  const dropped: Dropped = parsed.forbidden.map((key) => `a key named ${key}`);
  let raw = parsed.value;
  const version = raw["version"];
  const knownVersion = Number.isInteger(version) && (version as number) >= 1;
  if (knownVersion && (version as number) > PROGRESS_VERSION) {
    return { outcome: "newer", progress: repairRecord(raw, []), version: version as number };
  }
  const migratedFrom =
    knownVersion && (version as number) < PROGRESS_VERSION ? (version as number) : undefined;
  if (migratedFrom !== undefined) raw = migrateForward(raw, migratedFrom);
  else if (!knownVersion) dropped.push("version");
  const migration = migratedFrom === undefined ? {} : { migratedFrom };

  const whole = check(progressSchema, raw);
  if (whole.success && dropped.length === 0) {
    return { outcome: "valid", progress: whole.data, ...migration };
  }
  const progress = repairRecord(raw, dropped);
  return { outcome: "repaired", progress, dropped, ...migration };
}

/** Read whatever is in storage into a valid record; never throws (see readProgress). */
export function decodeProgress(text: string | undefined | null): Progress {
  return readProgress(text).progress;
}
