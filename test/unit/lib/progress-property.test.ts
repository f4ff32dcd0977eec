import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROGRESS_VERSION,
  forbiddenKeys,
  check,
  progressSchema,
  readProgress,
  type Progress,
} from "../../../src/lib/progress";
import { mergeProgress } from "../../../src/lib/progress-merge";
import { exportProgress, parseProgressFile } from "../../../src/lib/progress-transfer";

/*
 * Properties over generated data: whatever storage holds, reading it never throws and always
 * gives a record the schema accepts; and export followed by import gives back the same record.
 */

const id = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !forbiddenKeys.has(key));
const date = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
  .map((value) => value.toISOString());
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (value === 0 ? 0 : value));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drop keys whose value is undefined, as JSON would. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

const answer = fc
  .record({
    value: fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.dictionary(id, fc.oneof(fc.string(), fc.integer())),
    ),
    score: share,
    correct: fc.boolean(),
    confidence: optional(fc.constantFrom("sure" as const, "unsure" as const, "unknown" as const)),
    answeredAt: date,
  })
  .map(compact);

const quiz = fc
  .record({
    answers: fc.dictionary(id, answer, { maxKeys: 4 }),
    attempts: fc.nat({ max: 50 }),
    lastScore: optional(share),
    bestScore: optional(share),
    passed: fc.boolean(),
  })
  .map(compact);

const module = fc
  .record({
    status: fc.constantFrom("in-progress" as const, "completed" as const),
    firstVisit: optional(date),
    lastVisit: optional(date),
    completedAt: optional(date),
  })
  .map(compact);

const day = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

const commitment = fc.record({
  text: fc.string({ minLength: 1, maxLength: 80 }),
  madeAt: date,
  checkIns: fc.array(
    fc
      .record({
        at: date,
        did: fc.constantFrom("yes" as const, "partly" as const, "not-yet" as const),
        note: optional(fc.string({ maxLength: 80 })),
      })
      .map(compact),
    { maxLength: 3 },
  ),
});

/** Any valid record of the current version. */
const progress: fc.Arbitrary<Progress> = fc
  .record({
    version: fc.constant(PROGRESS_VERSION),
    modules: fc.dictionary(id, module, { maxKeys: 5 }),
    quizzes: fc.dictionary(id, quiz, { maxKeys: 4 }),
    reflections: fc.dictionary(
      id,
      fc.record({ text: fc.string({ maxLength: 200 }), updatedAt: date }),
      { maxKeys: 3 },
    ),
    track: optional(
      fc.constantFrom("orientation" as const, "leader" as const, "self-paced" as const),
    ),
    savedAt: optional(date),
    review: optional(
      fc.dictionary(id, fc.record({ box: fc.integer({ min: 1, max: 4 }), due: day }), {
        maxKeys: 3,
      }),
    ),
    commitments: optional(fc.dictionary(id, commitment, { maxKeys: 2 })),
    activities: optional(fc.dictionary(id, date, { maxKeys: 3 })),
    activeSeconds: optional(fc.dictionary(id, fc.nat({ max: 100_000 }), { maxKeys: 3 })),
    learnerName: optional(fc.string({ maxLength: 40 })),
  })
  .map(compact);

/** Something shaped a bit like a record, with anything at any place: exercises repair. */
const almostProgress = fc.record(
  {
    version: fc.oneof(fc.constantFrom(1, 2, 3, 0, -1, 1.5), fc.jsonValue()),
    modules: fc.oneof(fc.dictionary(id, fc.oneof(module, fc.jsonValue())), fc.jsonValue()),
    quizzes: fc.oneof(fc.dictionary(id, fc.oneof(quiz, fc.jsonValue())), fc.jsonValue()),
    reflections: fc.jsonValue(),
    track: fc.jsonValue(),
    savedAt: fc.jsonValue(),
    review: fc.oneof(fc.dictionary(id, fc.jsonValue()), fc.jsonValue()),
    commitments: fc.oneof(fc.dictionary(id, fc.oneof(commitment, fc.jsonValue())), fc.jsonValue()),
    activities: fc.jsonValue(),
    activeSeconds: fc.jsonValue(),
    learnerName: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

const readsSafely = (text: string) => {
  const reading = readProgress(text);
  expect(check(progressSchema, reading.progress).success).toBe(true);
};

describe("reading stored progress", () => {
  it("never throws and always gives a valid record, for any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => readsSafely(JSON.stringify(value) ?? "")));
  });

  it("never throws and always gives a valid record, for anything shaped like a record", () => {
    fc.assert(fc.property(almostProgress, (value) => readsSafely(JSON.stringify(value))));
  });

  it("never throws for any text at all", () => {
    fc.assert(fc.property(fc.string(), readsSafely));
  });

  it("gives back any valid record unchanged", () => {
    fc.assert(
      fc.property(progress, (record) => {
        expect(readProgress(JSON.stringify(record))).toEqual({
          outcome: "valid",
          progress: record,
        });
      }),
    );
  });
});

describe("export and import", () => {
  it("import of an export is the identity", () => {
    fc.assert(
      fc.property(progress, date, (record, exportedAt) => {
        expect(parseProgressFile(exportProgress(record, exportedAt))).toEqual({
          ok: true,
          progress: record,
          exportedAt,
        });
      }),
    );
  });

  it("merging never loses a completed module and is idempotent", () => {
    fc.assert(
      fc.property(progress, progress, (mine, theirs) => {
        const merged = mergeProgress(mine, theirs);
        expect(check(progressSchema, merged).success).toBe(true);
        for (const [moduleId, entry] of [
          ...Object.entries(mine.modules),
          ...Object.entries(theirs.modules),
        ]) {
          if (entry.status === "completed") {
            expect(merged.modules[moduleId]?.status).toBe("completed");
          }
        }
        expect(mergeProgress(merged, merged)).toEqual(merged);
      }),
    );
  });
});
