import { isId } from "../../vocabulary/ids";
import {
  CHECK_IN_NOTE_MAX_LENGTH,
  checkInAnswers,
  COMMITMENT_MAX_LENGTH,
  confidenceLevels,
  DATE_MAX_LENGTH,
  DATE_MIN_LENGTH,
  FILM_STRETCHES_MAX,
  LEARNER_NAME_MAX_LENGTH,
  REFLECTION_MAX_LENGTH,
  REVIEW_BOXES,
  storedStatuses,
  TRACK_ID_MAX_LENGTH,
} from "../../vocabulary/record";
import {
  PROGRESS_VERSION,
  emptyProgress,
  forbiddenKeys,
  isPlainObject,
  isStoredDate,
  type Progress,
} from "./record";

/*
 * The check every page runs on the stored record before showing it. It passes a record only
 * when it is exactly in the current shape, which is what this site writes, so the usual page
 * needs no validator at all. Anything else (an older version, a damaged entry, a field it does
 * not know) goes to the full reader in read.ts, which pages load only then.
 *
 * It may turn away a record the schema would accept (that only costs the trip to the full
 * reader), never the other way round: test/unit/lib/record/property.test.ts holds it to
 * schema.ts with generated and damaged records. Both read their words and limits from
 * src/vocabulary/record.ts.
 */

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === "string";
const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const isBoolean: Check = (value) => typeof value === "boolean";
const textUpTo =
  (max: number, min = 0): Check =>
  (value) =>
    typeof value === "string" && value.length >= min && value.length <= max;
const isoDate: Check = (value) =>
  textUpTo(DATE_MAX_LENGTH, DATE_MIN_LENGTH)(value) && isStoredDate(value as string);
const share: Check = (value) => isNumber(value) && value >= 0 && value <= 1;
const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    typeof value === "string" && allowed.includes(value);

const own = (checks: Record<string, Check>, key: string) =>
  Object.hasOwn(checks, key) ? checks[key] : undefined;

/** An object with every required field and no field beyond the optional ones. */
const fields =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (value) =>
    isPlainObject(value) &&
    Object.keys(required).every((key) => Object.hasOwn(value, key)) &&
    Object.entries(value).every(
      ([key, field]) => (own(required, key) ?? own(optional, key))?.(field) === true,
    );

/** An object used as a map from ids to entries; ids that reach a prototype are turned away. */
const recordOf =
  (entry: Check): Check =>
  (value) =>
    isPlainObject(value) &&
    Object.entries(value).every(([key, item]) => !forbiddenKeys.has(key) && entry(item));

const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);

const answerValue: Check = (value) =>
  value === null ||
  isString(value) ||
  isNumber(value) ||
  isBoolean(value) ||
  listOf(isString)(value) ||
  recordOf((item) => isString(item) || isNumber(item))(value);

const answer = fields(
  { value: answerValue, score: share, correct: isBoolean, answeredAt: isoDate },
  { confidence: oneOf(confidenceLevels) },
);

const quiz = fields(
  {
    answers: recordOf(answer),
    attempts: (value) => Number.isInteger(value) && (value as number) >= 0,
    passed: isBoolean,
  },
  { lastScore: share, bestScore: share },
);

const module = fields(
  { status: oneOf(storedStatuses) },
  { firstVisit: isoDate, lastVisit: isoDate, completedAt: isoDate },
);

const reviewItem = fields({
  box: (value) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= REVIEW_BOXES,
  due: (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value),
});

const checkIn = fields(
  { at: isoDate, did: oneOf(checkInAnswers) },
  { note: textUpTo(CHECK_IN_NOTE_MAX_LENGTH) },
);

const commitment = fields({
  text: textUpTo(COMMITMENT_MAX_LENGTH, 1),
  madeAt: isoDate,
  checkIns: listOf(checkIn),
});

const film = fields(
  {
    played: (value) =>
      Array.isArray(value) &&
      value.length <= FILM_STRETCHES_MAX &&
      value.every(
        (stretch) =>
          Array.isArray(stretch) &&
          stretch.length === 2 &&
          share(stretch[0]) &&
          share(stretch[1]) &&
          stretch[0] < stretch[1],
      ),
    share,
  },
  { watchedAt: isoDate },
);

const currentRecord = fields(
  {
    version: (value) => value === PROGRESS_VERSION,
    modules: recordOf(module),
    quizzes: recordOf(quiz),
    reflections: recordOf(fields({ text: textUpTo(REFLECTION_MAX_LENGTH), updatedAt: isoDate })),
  },
  {
    track: (value) => isId(value) && value.length <= TRACK_ID_MAX_LENGTH,
    savedAt: isoDate,
    review: recordOf(reviewItem),
    commitments: recordOf(commitment),
    activities: recordOf(isoDate),
    activeSeconds: recordOf((value) => isNumber(value) && value >= 0),
    learnerName: textUpTo(LEARNER_NAME_MAX_LENGTH),
    films: recordOf(film),
    writers: recordOf(
      fields({
        seq: (value) => Number.isInteger(value) && (value as number) >= 1,
        at: isoDate,
      }),
    ),
  },
);

/** Whether `value` is a record of the current version exactly as this site writes it. */
export function isCurrentRecord(value: unknown): value is Progress {
  return currentRecord(value);
}

/**
 * The stored text as a record when it passes the quick check (nothing stored is an empty
 * record); undefined when only the full reader can say what to make of it.
 */
export function quickRead(text: string | null | undefined): Progress | undefined {
  if (!text) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isCurrentRecord(value) ? value : undefined;
}
