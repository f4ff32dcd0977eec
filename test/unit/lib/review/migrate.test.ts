import { describe, expect, it } from "vitest";
import { PROGRESS_VERSION, type Progress } from "../../../../src/lib/record/record";
import { readProgress } from "../../../../src/lib/record/read";
import { mergeProgress } from "../../../../src/lib/record/merge";
import { localDay, addDays } from "../../../../src/lib/review/review";

/*
 * Version 3 of the record adds the review queue, commitments, team activities, active time and
 * the learner's name. A v2 record gains a queue seeded from the answers it already holds.
 */

const at = "2026-11-20T10:00:00.000Z";
const dayAfter = addDays(localDay(new Date(at)), 1);
const answer = (fields: Record<string, unknown>) => ({
  value: "a",
  score: 1,
  correct: true,
  answeredAt: at,
  ...fields,
});

describe("migrating a v2 record to v3", () => {
  it("queues answers that were wrong, unsure or “I don't know”, due the day after", () => {
    const v2 = {
      version: 2,
      modules: {},
      quizzes: {
        intro: {
          answers: {
            wrong: answer({ score: 0, correct: false }),
            unsure: answer({ confidence: "unsure" }),
            unknown: answer({ value: null, score: 0, correct: false, confidence: "unknown" }),
            sure: answer({ confidence: "sure" }),
            plain: answer({}),
          },
          attempts: 1,
          passed: false,
        },
      },
      reflections: {},
    };
    const reading = readProgress(JSON.stringify(v2));
    expect(reading).toMatchObject({ outcome: "valid", migratedFrom: 2 });
    expect(reading.progress.version).toBe(PROGRESS_VERSION);
    expect(reading.progress.review).toEqual({
      "intro/wrong": { box: 1, due: dayAfter },
      "intro/unsure": { box: 1, due: dayAfter },
      "intro/unknown": { box: 1, due: dayAfter },
    });
  });

  it("adds no queue when nothing needs review, so the record stays as it was", () => {
    const v2 = { version: 2, modules: {}, quizzes: {}, reflections: {}, track: "leader" };
    expect(readProgress(JSON.stringify(v2)).progress).toEqual({ ...v2, version: 3 });
  });

  it("skips broken answers without losing the rest", () => {
    const v2 = {
      version: 2,
      modules: {},
      quizzes: {
        intro: {
          answers: { broken: { correct: false }, wrong: answer({ score: 0, correct: false }) },
          attempts: 0,
          passed: false,
        },
        garbled: "not a quiz",
      },
      reflections: {},
    };
    const reading = readProgress(JSON.stringify(v2));
    expect(reading.outcome).toBe("repaired");
    expect(reading.progress.review).toEqual({ "intro/wrong": { box: 1, due: dayAfter } });
  });
});

describe("repairing the v3 fields", () => {
  const base = { version: 3, modules: {}, quizzes: {}, reflections: {} };

  it("drops a broken review item, activity or time entry and keeps the others", () => {
    const reading = readProgress(
      JSON.stringify({
        ...base,
        review: { good: { box: 2, due: "2026-11-24" }, bad: { box: 9, due: "soon" } },
        activities: { ran: at, odd: 7 },
        activeSeconds: { intro: 120, negative: -5 },
      }),
    );
    expect(reading).toMatchObject({
      outcome: "repaired",
      dropped: ["review.bad", "activities.odd", "activeSeconds.negative"],
    });
    expect(reading.progress.review).toEqual({ good: { box: 2, due: "2026-11-24" } });
    expect(reading.progress.activities).toEqual({ ran: at });
    expect(reading.progress.activeSeconds).toEqual({ intro: 120 });
  });

  it("keeps a commitment when one of its check-ins is broken", () => {
    const checkIn = { at, did: "yes", note: "I named the feeling first." };
    const reading = readProgress(
      JSON.stringify({
        ...base,
        commitments: {
          empathy: {
            text: "Acknowledge the feeling.",
            madeAt: at,
            checkIns: [checkIn, { did: 3 }],
          },
          empty: { text: "", madeAt: at, checkIns: [] },
        },
      }),
    );
    expect(reading).toMatchObject({
      outcome: "repaired",
      dropped: ["commitments.empathy.checkIns.1", "commitments.empty"],
    });
    expect(reading.progress.commitments).toEqual({
      empathy: { text: "Acknowledge the feeling.", madeAt: at, checkIns: [checkIn] },
    });
  });

  it("drops a name that is not text", () => {
    const reading = readProgress(JSON.stringify({ ...base, learnerName: { first: "Ada" } }));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["learnerName"] });
    expect(reading.progress.learnerName).toBeUndefined();
  });
});

describe("merging the v3 fields on import", () => {
  const record = (fields: Partial<Progress>): Progress => ({
    version: 3,
    modules: {},
    quizzes: {},
    reflections: {},
    ...fields,
  });

  it("keeps the higher review box, every team activity and this device's name", () => {
    const mine = record({
      review: { a: { box: 1, due: "2026-11-25" }, b: { box: 3, due: "2026-12-01" } },
      activities: { story: "2026-11-22T09:00:00.000Z" },
      learnerName: "Ada",
    });
    const theirs = record({
      review: { a: { box: 2, due: "2026-11-27" }, c: { box: 1, due: "2026-11-26" } },
      activities: { story: "2026-11-20T09:00:00.000Z", listening: at },
      learnerName: "Someone else",
    });
    const merged = mergeProgress(mine, theirs);
    expect(merged.review).toEqual({
      a: { box: 2, due: "2026-11-27" },
      b: { box: 3, due: "2026-12-01" },
      c: { box: 1, due: "2026-11-26" },
    });
    expect(merged.activities).toEqual({ story: "2026-11-20T09:00:00.000Z", listening: at });
    expect(merged.learnerName).toBe("Ada");
  });

  it("takes the other device's fields when this one has none", () => {
    const theirs = record({ activeSeconds: { intro: 300 }, learnerName: "Ada" });
    expect(mergeProgress(record({}), theirs)).toEqual(theirs);
  });
});
