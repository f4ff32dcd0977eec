import * as v from "valibot";
import { migrateForward } from "./progress-migrate";

/*
 * The learner's record, as kept in localStorage. Pure data and pure functions: the store in
 * src/stores/progress.ts is the only code that reads or writes storage.
 *
 * Validated with valibot rather than zod: this ships to every page, and valibot's modular
 * functions cost about a third of zod/mini's bytes for the same schema (see bench/). Content
 * schemas, which run only at build time, stay in zod.
 */

/** Current version of the stored record; older records are migrated by progress-migrate.ts. */
export const PROGRESS_VERSION = 3;

const isoDate = v.pipe(v.string(), v.minLength(10), v.maxLength(40));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const seconds = v.pipe(v.number(), v.minValue(0));

/** A stored answer's value: an option id, ids in order, pairs, text or a rating. */
const answerValue = v.union([
  v.string(),
  v.number(),
  v.boolean(),
  v.null(),
  v.array(v.string()),
  v.record(v.string(), v.union([v.string(), v.number()])),
]);

/** The learner's answer to one question. */
export const answerSchema = v.object({
  /** What the learner answered; its shape depends on the question type. */
  value: answerValue,
  /** Credit earned, from 0 to 1 (partial credit on some types). */
  score: share,
  /** Whether the answer counts as right (full credit). */
  correct: v.boolean(),
  /** How sure the learner said they were; "unknown" is an honest "I don't know". */
  confidence: v.optional(v.picklist(["sure", "unsure", "unknown"])),
  answeredAt: isoDate,
});

/** One quiz's answers and results. */
export const quizProgressSchema = v.object({
  /** Answers of the current attempt, by question id. */
  answers: v.record(v.string(), answerSchema),
  /** Completed attempts. */
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastScore: v.optional(share),
  bestScore: v.optional(share),
  passed: v.boolean(),
});

/** One module's status and dates. */
export const moduleProgressSchema = v.object({
  status: v.picklist(["in-progress", "completed"]),
  firstVisit: v.optional(isoDate),
  lastVisit: v.optional(isoDate),
  completedAt: v.optional(isoDate),
});

/** Free text the learner wrote for a reflection prompt; never leaves the device. */
export const reflectionSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(20_000)),
  updatedAt: isoDate,
});

/** A local calendar day, YYYY-MM-DD. */
const calendarDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A question in the review queue (added in v3; see review.ts). */
export const reviewItemSchema = v.object({
  /** Leitner box: 1 to 3 wait 1, 3 and 7 days; 4 is learned, out of the queue. */
  box: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  /** The local day the question is due again. */
  due: calendarDay,
});

/** One look back at a commitment: did the learner do it, and what happened. */
export const checkInSchema = v.object({
  at: isoDate,
  did: v.picklist(["yes", "partly", "not-yet"]),
  note: v.optional(v.pipe(v.string(), v.maxLength(5_000))),
});

/** One thing the learner chose to do differently, with their check-ins (added in v3). */
export const commitmentSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  madeAt: isoDate,
  checkIns: v.array(checkInSchema),
});

/** The learning tracks a learner can choose. */
export const trackSchema = v.picklist(["orientation", "leader", "self-paced"]);

/** Everything stored about one learner on one device. */
export const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  modules: v.record(v.string(), moduleProgressSchema),
  /** By quiz id. */
  quizzes: v.record(v.string(), quizProgressSchema),
  /** By "<quiz id>/<question id>". */
  reflections: v.record(v.string(), reflectionSchema),
  /** The track the learner chose on the map. */
  track: v.optional(trackSchema),
  /** When the record was last written on this device (added in v2). */
  savedAt: v.optional(isoDate),
  /** Questions to come back to, by "<quiz id>/<question id>" (added in v3). */
  review: v.optional(v.record(v.string(), reviewItemSchema)),
  /** Behaviour commitments, by module id (added in v3). */
  commitments: v.optional(v.record(v.string(), commitmentSchema)),
  /** Team activities the learner ran, by activity id: when they ticked it (added in v3). */
  activities: v.optional(v.record(v.string(), isoDate)),
  /** Seconds of active time on each module's page, by module id (added in v3). */
  activeSeconds: v.optional(v.record(v.string(), seconds)),
  /** The name the learner typed for their certificate; never leaves the device (added in v3). */
  learnerName: v.optional(v.pipe(v.string(), v.maxLength(120))),
});

/** Any schema of the record, for the repair helpers below. */
type Schema<T = unknown> = v.GenericSchema<unknown, T>;

/** A value checked against `schema`: the same shape as zod's safeParse, for the callers below. */
export function check<T>(
  schema: Schema<T>,
  value: unknown,
): { success: true; data: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] } {
  const result = v.safeParse(schema, value);
  return result.success
    ? { success: true, data: result.output }
    : { success: false, issues: result.issues };
}

/** The stored record. */
export type Progress = v.InferOutput<typeof progressSchema>;
/** One quiz's stored progress. */
export type QuizProgress = v.InferOutput<typeof quizProgressSchema>;
/** One module's stored progress. */
export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;
/** A behaviour commitment as stored. */
export type Commitment = v.InferOutput<typeof commitmentSchema>;
/** What the learner sees of a module. */
export type ModuleStatus = "not-started" | ModuleProgress["status"];

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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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

/** The entry stored under `id`, never a property inherited from Object (such as valueOf). */
export function entryOf<T>(entries: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(entries, id) ? entries[id] : undefined;
}

/** The status the learner sees for a module. */
export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  return entryOf(progress.modules, moduleId)?.status ?? "not-started";
}
