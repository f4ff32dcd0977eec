import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROGRESS_VERSION } from "../../../../src/lib/record/record";
import { DATE_MAX_LENGTH } from "../../../../src/vocabulary/record";
import { commitment, date, id, module, progress, quiz } from "./arbitraries";
import { isCurrentRecord, quickRead } from "../../../../src/lib/record/quick-check";
import { readProgress } from "../../../../src/lib/record/read";
import { check, progressSchema } from "../../../../src/lib/record/schema";
import { mergeProgress } from "../../../../src/lib/record/merge";
import { exportProgress } from "../../../../src/lib/record/export";
import { parseProgressFile } from "../../../../src/islands/progress/transfer";

/*
 * Properties over generated data: whatever storage holds, reading it never throws and always
 * gives a record the schema accepts; the quick check passes only what the schema accepts as it
 * is; and export followed by import gives back the same record.
 */

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

/** Every place in a value where another value could go, as a list of keys. */
function pathsIn(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([key, nested]) => pathsIn(nested, [...path, key])),
  ];
}

/** A copy of `record` with `replacement` at `path` (or a new key `extra` beside it). */
function withReplaced(record: unknown, path: string[], replacement: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  if (path.length === 0) return replacement;
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[path.at(-1)!] = replacement;
  return copy;
}

/** A valid record with one thing changed anywhere: a field, an entry, or a key it lacks. */
const mutated = progress.chain((record) => {
  const paths = pathsIn(record);
  return fc
    .tuple(
      fc.integer({ min: 0, max: paths.length - 1 }),
      fc.oneof(fc.constant(undefined), fc.constantFrom("extra", "__proto__", "constructor")),
      fc.oneof(
        fc.jsonValue(),
        fc.constantFrom(-1, 1.5, 2, "", "x".repeat(DATE_MAX_LENGTH + 1), [], {}),
      ),
    )
    .map(([index, newKey, replacement]) => {
      const path = paths[index]!;
      const target = path.reduce<unknown>(
        (value, key) => (value as Record<string, unknown>)[key],
        record,
      );
      const addsKey = newKey !== undefined && typeof target === "object" && target !== null;
      return withReplaced(record, addsKey ? [...path, newKey] : path, replacement);
    });
});

describe("the quick check in front of the full reader", () => {
  const passesOnlyWhatTheSchemaKeeps = (value: unknown) => {
    if (!isCurrentRecord(value)) return;
    const parsed = check(progressSchema, value);
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data).toEqual(value);
  };

  it("passes every valid record, so a page with one never loads the full reader", () => {
    fc.assert(
      fc.property(progress, (record) => {
        expect(quickRead(JSON.stringify(record))).toEqual(record);
      }),
    );
  });

  it("passes nothing the schema would turn away or change, whatever is stored", () => {
    fc.assert(fc.property(fc.jsonValue(), passesOnlyWhatTheSchemaKeeps));
    fc.assert(fc.property(almostProgress, passesOnlyWhatTheSchemaKeeps));
    fc.assert(
      fc.property(mutated, (value) =>
        passesOnlyWhatTheSchemaKeeps(JSON.parse(JSON.stringify(value) ?? "null")),
      ),
      { numRuns: 2000 },
    );
  });

  it("turns away dates that are not real, as the schema does", () => {
    for (const date of ["Invalid Date", "2026-02-30T10:00:00.000Z", "0000000000"]) {
      const value = { version: PROGRESS_VERSION, modules: {}, quizzes: {}, reflections: {} };
      const record = { ...value, activities: { "story-round": date } };
      expect(isCurrentRecord(record)).toBe(false);
      expect(check(progressSchema, record).success).toBe(false);
    }
  });

  it("turns away a record with a key that reaches the prototype", () => {
    const record =
      '{"version":3,"modules":{"__proto__":{"status":"completed"}},"quizzes":{},"reflections":{}}';
    expect(quickRead(record)).toBeUndefined();
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

  it("whatever import accepts, a page reads back exactly as accepted", () => {
    const tooLarge = "too large for JSON";
    fc.assert(
      fc.property(
        fc.oneof(
          mutated,
          progress.chain((record) => {
            const paths = pathsIn(record);
            return fc
              .integer({ min: 0, max: paths.length - 1 })
              .map((index) => withReplaced(record, paths[index]!, tooLarge));
          }),
        ),
        (value) => {
          const text = (JSON.stringify(value) ?? "null").replaceAll(`"${tooLarge}"`, "1e309");
          const reading = parseProgressFile(text);
          if (!reading.ok) return;
          expect(readProgress(JSON.stringify(reading.progress))).toEqual({
            outcome: "valid",
            progress: reading.progress,
          });
        },
      ),
      { numRuns: 2000 },
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
