import { describe, expect, it } from "vitest";
import { emptyProgress, moduleStatus, type Progress } from "../../../../src/lib/record/record";
import { decodeProgress } from "../../../../src/lib/record/read";
import { recordAnswer, startNewAttempt, type AnswerEvent } from "../../../../src/lib/record/quiz";

const now = "2026-11-24T10:00:00.000Z";

function answer(
  progress: Progress,
  questionId: string,
  correct: boolean,
  extra: Partial<AnswerEvent> = {},
) {
  return recordAnswer(progress, {
    moduleId: "m",
    moduleQuizIds: ["q"],
    quizId: "q",
    questionIds: ["one", "two"],
    questionId,
    value: correct ? "right" : "wrong",
    score: correct ? 1 : 0,
    passMark: 0.8,
    now,
    ...extra,
  });
}

describe("decodeProgress", () => {
  it("gives an empty record for nothing, non-JSON or the wrong shape", () => {
    for (const text of [undefined, "", "{not json", "42", "[]", "null", '"text"']) {
      expect(decodeProgress(text)).toEqual(emptyProgress());
    }
  });

  it("reads back what was written", () => {
    const record = answer(answer(emptyProgress(), "one", true), "two", true);
    expect(decodeProgress(JSON.stringify(record))).toEqual(record);
  });

  it("keeps valid module entries beside a broken one", () => {
    const text = JSON.stringify({
      version: 1,
      modules: { good: { status: "completed" }, bad: { status: "finished" } },
      quizzes: {},
      reflections: {},
    });
    expect(decodeProgress(text).modules).toEqual({ good: { status: "completed" } });
  });

  it("never lets a __proto__ key through", () => {
    const text = '{"version":1,"modules":{"__proto__":{"status":"completed"}},"quizzes":{}}';
    const decoded = decodeProgress(text);
    expect(Object.keys(decoded.modules)).toEqual([]);
    expect(({} as Record<string, unknown>)["status"]).toBeUndefined();
  });
});

describe("recordAnswer", () => {
  it("marks the module in progress after the first answer", () => {
    const progress = answer(emptyProgress(), "one", true);
    expect(moduleStatus(progress, "m")).toBe("in-progress");
    expect(progress.quizzes["q"]?.attempts).toBe(0);
  });

  it("scores the attempt and completes the module once every question passes", () => {
    const progress = answer(answer(emptyProgress(), "one", true), "two", true);
    expect(progress.quizzes["q"]).toMatchObject({
      attempts: 1,
      lastScore: 1,
      bestScore: 1,
      passed: true,
    });
    expect(moduleStatus(progress, "m")).toBe("completed");
    expect(progress.modules["m"]?.completedAt).toBe(now);
  });

  it("does not complete the module below the pass mark", () => {
    const progress = answer(answer(emptyProgress(), "one", true), "two", false);
    expect(progress.quizzes["q"]).toMatchObject({ lastScore: 0.5, passed: false });
    expect(moduleStatus(progress, "m")).toBe("in-progress");
  });

  it("waits for every quiz of the module before completing it", () => {
    const extra = { moduleQuizIds: ["q", "other"] };
    const progress = answer(answer(emptyProgress(), "one", true, extra), "two", true, extra);
    expect(moduleStatus(progress, "m")).toBe("in-progress");
  });

  it("keeps the best score and the pass when a retry goes worse", () => {
    const passed = answer(answer(emptyProgress(), "one", true), "two", true);
    const retried = startNewAttempt(passed, "q");
    expect(retried.quizzes["q"]?.answers).toEqual({});
    const worse = answer(answer(retried, "one", false), "two", false);
    expect(worse.quizzes["q"]).toMatchObject({
      attempts: 2,
      lastScore: 0,
      bestScore: 1,
      passed: true,
    });
    expect(moduleStatus(worse, "m")).toBe("completed");
  });
});
