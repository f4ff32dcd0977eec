import * as v from "valibot";
import { idPattern } from "../../vocabulary/ids";
import {
  CHECK_IN_NOTE_MAX_LENGTH,
  checkInAnswers,
  COMMITMENT_MAX_LENGTH,
  confidenceLevels,
  DATE_MAX_LENGTH,
  DATE_MIN_LENGTH,
  FILM_STRETCHES_MAX,
  LEARNER_NAME_MAX_LENGTH,
  PROGRESS_VERSION,
  REFLECTION_MAX_LENGTH,
  REVIEW_BOXES,
  storedStatuses,
  TRACK_ID_MAX_LENGTH,
} from "../../vocabulary/record";
import { isStoredDate } from "./basics";

/*
 * The learner's record as kept in localStorage, as valibot schemas: the full check behind
 * repair (read.ts) and import. Pages do not load it while the stored record passes the
 * quick check in progress.ts.
 *
 * Validated with valibot rather than zod: valibot's modular functions cost about a third of
 * zod/mini's bytes for the same schema (see bench/). Content schemas, which run only at build
 * time, stay in zod. Every word and limit comes from src/vocabulary/record.ts.
 */

/** A stored time, as toISOString writes it; it must name a day that exists. */
export const isoDate = v.pipe(
  v.string(),
  v.minLength(DATE_MIN_LENGTH),
  v.maxLength(DATE_MAX_LENGTH),
  v.check(isStoredDate, "the date is not a real date"),
);
// JSON reads 1e309 as Infinity, which JSON writes back as null: only finite numbers are kept.
const finite = v.pipe(v.number(), v.finite());
const share = v.pipe(finite, v.minValue(0), v.maxValue(1));
export const seconds = v.pipe(finite, v.minValue(0));

/** A stored answer's value: an option id, ids in order, pairs, text or a rating. */
const answerValue = v.union([
  v.string(),
  finite,
  v.boolean(),
  v.null(),
  v.array(v.string()),
  v.record(v.string(), v.union([v.string(), finite])),
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
  confidence: v.optional(v.picklist(confidenceLevels)),
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
  status: v.picklist(storedStatuses),
  firstVisit: v.optional(isoDate),
  lastVisit: v.optional(isoDate),
  completedAt: v.optional(isoDate),
});

/** Free text the learner wrote for a reflection prompt; never leaves the device. */
export const reflectionSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(REFLECTION_MAX_LENGTH)),
  updatedAt: isoDate,
});

/** A local calendar day, YYYY-MM-DD. */
const calendarDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A question in the review queue (added in v3; see review.ts). */
export const reviewItemSchema = v.object({
  /** Leitner box: 1 to 3 wait 1, 3 and 7 days; 4 is learned, out of the queue. */
  box: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(REVIEW_BOXES)),
  /** The local day the question is due again. */
  due: calendarDay,
});

/** One look back at a commitment: did the learner do it, and what happened. */
export const checkInSchema = v.object({
  at: isoDate,
  did: v.picklist(checkInAnswers),
  note: v.optional(v.pipe(v.string(), v.maxLength(CHECK_IN_NOTE_MAX_LENGTH))),
});

/** One thing the learner chose to do differently, with their check-ins (added in v3). */
export const commitmentSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(COMMITMENT_MAX_LENGTH)),
  madeAt: isoDate,
  checkIns: v.array(checkInSchema),
});

/** A stretch of a film that was played, as shares of the film from 0 to 1. */
const stretch = v.pipe(
  v.tuple([share, share]),
  v.check(([from, to]) => from < to, "a stretch ends after it starts"),
);

/** How much of a film the learner played (added in v3 as an optional part; see lib/film/watched.ts). */
export const filmProgressSchema = v.object({
  played: v.pipe(v.array(stretch), v.maxLength(FILM_STRETCHES_MAX)),
  share,
  watchedAt: v.optional(isoDate),
});

/** One tab's mark in the record: its last change the record holds, and when it wrote. */
export const writerSchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  at: isoDate,
});

/**
 * The track a learner chose, by id. Any id is kept, as modules are: a track the course file
 * no longer has keeps the learner's choice for a rollback, and the map shows its default.
 */
export const trackSchema = v.pipe(v.string(), v.regex(idPattern), v.maxLength(TRACK_ID_MAX_LENGTH));

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
  /** How much of each film the learner played, by film id. */
  films: v.optional(v.record(v.string(), filmProgressSchema)),
  /** The name the learner typed for their certificate; never leaves the device (added in v3). */
  learnerName: v.optional(v.pipe(v.string(), v.maxLength(LEARNER_NAME_MAX_LENGTH))),
  /** Which tabs' changes the record holds, by tab id (see sync.ts); device-only. */
  writers: v.optional(v.record(v.string(), writerSchema)),
});

/** Any schema of the record, for the repair helpers. */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>;

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
export type { ModuleStatus } from "../../vocabulary/record";
