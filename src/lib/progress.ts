import * as z from "zod/mini";

/*
 * The learner's record, as kept in localStorage. Pure data and pure functions: the store in
 * src/stores/progress.ts is the only code that reads or writes storage.
 *
 * zod/mini rather than zod: this ships to the browser, and the full library would be most of
 * a page's JavaScript.
 */

/** Current version of the stored record. */
export const PROGRESS_VERSION = 1;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const share = z.number().check(z.gte(0), z.lte(1));

/** A stored answer's value: an option id, ids in order, pairs, text or a rating. */
const answerValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.record(z.string(), z.union([z.string(), z.number()])),
]);

/** The learner's answer to one question. */
export const answerSchema = z.object({
  /** What the learner answered; its shape depends on the question type. */
  value: answerValue,
  /** Credit earned, from 0 to 1 (partial credit on some types). */
  score: share,
  /** Whether the answer counts as right (full credit). */
  correct: z.boolean(),
  /** How sure the learner said they were; "unknown" is an honest "I don't know". */
  confidence: z.optional(z.enum(["sure", "unsure", "unknown"])),
  answeredAt: isoDate,
});

/** One quiz's answers and results. */
export const quizProgressSchema = z.object({
  /** Answers of the current attempt, by question id. */
  answers: z.record(z.string(), answerSchema),
  /** Completed attempts. */
  attempts: z.number().check(z.int(), z.gte(0)),
  lastScore: z.optional(share),
  bestScore: z.optional(share),
  passed: z.boolean(),
});

/** One module's status and dates. */
export const moduleProgressSchema = z.object({
  status: z.enum(["in-progress", "completed"]),
  firstVisit: z.optional(isoDate),
  lastVisit: z.optional(isoDate),
  completedAt: z.optional(isoDate),
});

/** Free text the learner wrote for a reflection prompt; never leaves the device. */
export const reflectionSchema = z.object({
  text: z.string().check(z.maxLength(20_000)),
  updatedAt: isoDate,
});

/** Everything stored about one learner on one device. */
export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  modules: z.record(z.string(), moduleProgressSchema),
  /** By quiz id. */
  quizzes: z.record(z.string(), quizProgressSchema),
  /** By "<quiz id>/<question id>". */
  reflections: z.record(z.string(), reflectionSchema),
  /** The track the learner chose on the map. */
  track: z.optional(z.enum(["orientation", "leader", "self-paced"])),
});

/** The stored record. */
export type Progress = z.infer<typeof progressSchema>;
/** One quiz's stored progress. */
export type QuizProgress = z.infer<typeof quizProgressSchema>;
/** One module's stored progress. */
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
/** What the learner sees of a module. */
export type ModuleStatus = "not-started" | ModuleProgress["status"];

/** A record with nothing in it. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, quizzes: {}, reflections: {} };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keep the entries of `raw` that pass `schema`; one broken entry costs only itself. */
function keepValidEntries<T>(raw: unknown, schema: z.ZodMiniType<T>): Record<string, T> {
  const kept: Record<string, T> = {};
  if (!isPlainObject(raw)) return kept;
  for (const [key, value] of Object.entries(raw)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

/**
 * Read whatever is in storage into a valid record. Never throws: text that is not JSON, or JSON
 * of the wrong shape, yields an empty record; valid entries beside broken ones are kept.
 */
export function decodeProgress(text: string | undefined | null): Progress {
  if (!text) return emptyProgress();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  const whole = progressSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (!isPlainObject(raw)) return emptyProgress();
  return {
    version: PROGRESS_VERSION,
    modules: keepValidEntries(raw["modules"], moduleProgressSchema),
    quizzes: keepValidEntries(raw["quizzes"], quizProgressSchema),
    reflections: keepValidEntries(raw["reflections"], reflectionSchema),
  };
}

/** The status the learner sees for a module. */
export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  return progress.modules[moduleId]?.status ?? "not-started";
}
