import { addPlayed } from "../../../../src/lib/film/watched";
import fc from "fast-check";
import { PROGRESS_VERSION, forbiddenKeys, type Progress } from "../../../../src/lib/record/record";

/*
 * Generators of stored records for property tests: any valid record of the current version, and
 * the parts it is made of. Shared by the record's own properties and the summary's.
 */

export const id = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((key) => !forbiddenKeys.has(key));
export const date = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
  .map((value) => value.toISOString());
export const share = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map((value) => (value === 0 ? 0 : value));
export const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drop keys whose value is undefined, as JSON would. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

export const answer = fc
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

export const quiz = fc
  .record({
    answers: fc.dictionary(id, answer, { maxKeys: 4 }),
    attempts: fc.nat({ max: 50 }),
    lastScore: optional(share),
    bestScore: optional(share),
    passed: fc.boolean(),
  })
  .map(compact);

export const module = fc
  .record({
    status: fc.constantFrom("in-progress" as const, "completed" as const),
    firstVisit: optional(date),
    lastVisit: optional(date),
    completedAt: optional(date),
  })
  .map(compact);

export const day = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

export const commitment = fc.record({
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
export const progress: fc.Arbitrary<Progress> = fc
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
    films: optional(
      fc.dictionary(
        id,
        fc
          .record({
            played: fc.array(
              fc
                .tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 10_000 }))
                .filter(([from, to]) => from < to)
                .map(([from, to]): [number, number] => [from / 10_000, to / 10_000]),
              { maxLength: 4 },
            ),
            share: fc.integer({ min: 0, max: 10_000 }).map((share) => share / 10_000),
            watchedAt: optional(date),
          })
          // As the site writes them: stretches joined, the share at least their total.
          .map(({ played, share, watchedAt }) =>
            compact({ ...addPlayed({ played: [], share }, played), watchedAt }),
          ),
        { maxKeys: 2 },
      ),
    ),
  })
  .map(compact);
