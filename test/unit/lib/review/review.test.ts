import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../../src/lib/record/record";
import {
  LEARNED_BOX,
  addDays,
  localDay,
  queueAfterAnswer,
  type ReviewItem,
} from "../../../../src/lib/review/review";
import { recordForReview } from "../../../../src/lib/record/review";
import { queueAfterReview } from "../../../../src/lib/review/answer";
import { dueReviews, isDue, nextReviewDay } from "../../../../src/lib/review/queue";

/** A local time on a day of November 2026, so the tests hold in any time zone. */
const november = (date: number, hour = 17) => new Date(2026, 10, date, hour);

const wrong = { correct: false, confidence: "sure" as const };
const rightAndSure = { correct: true, confidence: "sure" as const };
const rightButUnsure = { correct: true, confidence: "unsure" as const };

describe("calendar days", () => {
  it("reads the local day of a time", () => {
    expect(localDay(november(24, 23))).toBe("2026-11-24");
    expect(localDay(november(24, 0))).toBe("2026-11-24");
  });

  it("adds days across the end of a month and a year", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("a module answer", () => {
  it("puts a wrong answer in box 1, due the next day", () => {
    const queue = queueAfterAnswer({}, "quiz/q1", wrong, november(24));
    expect(queue).toEqual({ "quiz/q1": { box: 1, due: "2026-11-25" } });
  });

  it("puts an unsure answer and an honest “I don't know” in the queue, even when right", () => {
    expect(queueAfterAnswer({}, "q", rightButUnsure, november(24))).toHaveProperty("q");
    const unknown = { correct: false, confidence: "unknown" as const };
    expect(queueAfterAnswer({}, "q", unknown, november(24))).toHaveProperty("q");
  });

  it("leaves a right and sure answer out of the queue", () => {
    expect(queueAfterAnswer({}, "q", rightAndSure, november(24))).toEqual({});
    expect(queueAfterAnswer({}, "q", { correct: true }, november(24))).toEqual({});
  });

  it("does not move a queued question up when it is answered right again in the module", () => {
    const queue = { q: { box: 2, due: "2026-11-27" } };
    expect(queueAfterAnswer(queue, "q", rightAndSure, november(25))).toEqual(queue);
  });

  it("sends a queued question back to box 1 when it is answered wrong again in the module", () => {
    const queue = { q: { box: 3, due: "2026-12-01" } };
    expect(queueAfterAnswer(queue, "q", wrong, november(25))).toEqual({
      q: { box: 1, due: "2026-11-26" },
    });
  });

  it("queues only scored questions of the quiz", () => {
    const answer = { quizId: "quiz", questionIds: ["scored"], score: 0 };
    const unscored = recordForReview(
      emptyProgress(),
      { ...answer, questionId: "reflection" },
      november(24),
    );
    expect(unscored.review).toBeUndefined();
    const scored = recordForReview(
      emptyProgress(),
      { ...answer, questionId: "scored" },
      november(24),
    );
    expect(scored.review).toEqual({ "quiz/scored": { box: 1, due: "2026-11-25" } });
  });

  it("counts partial credit as not yet right", () => {
    const partly = recordForReview(
      emptyProgress(),
      { quizId: "quiz", questionId: "q", questionIds: ["q"], score: 0.5, confidence: "sure" },
      november(24),
    );
    expect(partly.review).toHaveProperty(["quiz/q"]);
  });
});

describe("when questions are due", () => {
  const item: ReviewItem = { box: 1, due: "2026-11-25" };

  it("is not due on the day it was answered, and due from the next day on", () => {
    expect(isDue(item, november(24, 23))).toBe(false);
    expect(isDue(item, november(25, 0))).toBe(true);
    expect(isDue(item, november(30))).toBe(true);
  });

  it("never asks a learned question again", () => {
    expect(isDue({ box: LEARNED_BOX, due: "2026-11-01" }, november(30))).toBe(false);
  });

  it("lists due questions the longest-waiting first, and only those the content still has", () => {
    const queue = {
      later: { box: 1, due: "2026-11-24" },
      earlier: { box: 2, due: "2026-11-20" },
      future: { box: 1, due: "2026-11-29" },
      removed: { box: 1, due: "2026-11-20" },
    };
    expect(dueReviews(queue, november(25))).toEqual(["earlier", "removed", "later"]);
    expect(dueReviews(queue, november(25), new Set(["later", "earlier", "future"]))).toEqual([
      "earlier",
      "later",
    ]);
  });

  it("says when the next question comes due", () => {
    const queue = { a: { box: 2, due: "2026-11-29" }, b: { box: 1, due: "2026-11-27" } };
    expect(nextReviewDay(queue)).toBe("2026-11-27");
    expect(nextReviewDay({ a: { box: LEARNED_BOX, due: "2026-11-20" } })).toBeUndefined();
    expect(nextReviewDay(undefined)).toBeUndefined();
  });
});

describe("a review answer", () => {
  it("moves a right, sure answer up through boxes that wait 1, 3 and 7 days, then out", () => {
    let queue = queueAfterAnswer({}, "q", wrong, november(1));
    expect(queue["q"]).toEqual({ box: 1, due: "2026-11-02" });
    queue = queueAfterReview(queue, "q", rightAndSure, november(2));
    expect(queue["q"]).toEqual({ box: 2, due: "2026-11-05" });
    queue = queueAfterReview(queue, "q", rightAndSure, november(5));
    expect(queue["q"]).toEqual({ box: 3, due: "2026-11-12" });
    queue = queueAfterReview(queue, "q", rightAndSure, november(12));
    expect(queue["q"]!.box).toBe(LEARNED_BOX);
    expect(dueReviews(queue, november(30))).toEqual([]);
  });

  it("keeps a right but unsure answer in its box for another wait", () => {
    const queue = queueAfterReview(
      { q: { box: 2, due: "2026-11-05" } },
      "q",
      rightButUnsure,
      november(5),
    );
    expect(queue["q"]).toEqual({ box: 2, due: "2026-11-08" });
  });

  it("sends a wrong answer or “I don't know” back to box 1", () => {
    const start = { q: { box: 3, due: "2026-11-12" } };
    expect(queueAfterReview(start, "q", wrong, november(12))["q"]).toEqual({
      box: 1,
      due: "2026-11-13",
    });
    const unknown = { correct: false, confidence: "unknown" as const };
    expect(queueAfterReview(start, "q", unknown, november(12))["q"]).toEqual({
      box: 1,
      due: "2026-11-13",
    });
  });

  it("moves a right answer up when the question asks no confidence (a scenario)", () => {
    const queue = queueAfterReview(
      { q: { box: 1, due: "2026-11-02" } },
      "q",
      { correct: true },
      november(2),
    );
    expect(queue["q"]).toEqual({ box: 2, due: "2026-11-05" });
  });

  it("leaves the other questions in the queue as they were", () => {
    const other = { box: 2, due: "2026-11-09" };
    const queue = queueAfterReview(
      { q: { box: 1, due: "2026-11-02" }, other },
      "q",
      wrong,
      november(2),
    );
    expect(queue["other"]).toEqual(other);
  });
});
