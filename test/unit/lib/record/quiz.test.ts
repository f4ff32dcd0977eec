import { questionKey } from "../../../../src/vocabulary/ids";
import { describe, expect, it } from "vitest";
import { emptyProgress, moduleStatus, type Progress } from "../../../../src/lib/record/record";
import {
  recordAnswer,
  recordReflection,
  startNewAttempt,
  type AnswerEvent,
} from "../../../../src/lib/record/quiz";

const now = "2026-11-24T10:00:00.000Z";

/** An answer in quiz "q" of module "m", whose questions are given per test. */
function answer(
  progress: Progress,
  questionId: string,
  score: number,
  ids: Pick<AnswerEvent, "questionIds" | "unscoredQuestionIds">,
): Progress {
  return recordAnswer(progress, {
    moduleId: "m",
    moduleQuizIds: ["q"],
    quizId: "q",
    questionId,
    value: "x",
    score,
    passMark: 0.5,
    now,
    ...ids,
  });
}

const mixed = { questionIds: ["one", "two"], unscoredQuestionIds: ["scale"] };
const unscoredOnly = { questionIds: [], unscoredQuestionIds: ["scale", "thoughts"] };

describe("unscored questions", () => {
  it("do not count against the pass mark, and need not be answered to finish", () => {
    let progress = answer(emptyProgress(), "one", 1, mixed);
    progress = answer(progress, "two", 0, mixed);
    expect(progress.quizzes["q"]).toMatchObject({ attempts: 1, lastScore: 0.5, passed: true });
    expect(moduleStatus(progress, "m")).toBe("completed");
  });

  it("answered after a finished attempt do not score it a second time", () => {
    let progress = answer(emptyProgress(), "one", 1, mixed);
    progress = answer(progress, "two", 1, mixed);
    progress = answer(progress, "scale", 1, mixed);
    expect(progress.quizzes["q"]?.attempts).toBe(1);
  });

  it("finish a quiz that has nothing else once all of them are answered", () => {
    const first = answer(emptyProgress(), "scale", 1, unscoredOnly);
    expect(first.quizzes["q"]).toMatchObject({ attempts: 0, passed: false });
    const both = answer(first, "thoughts", 1, unscoredOnly);
    expect(both.quizzes["q"]).toMatchObject({ attempts: 1, passed: true, bestScore: 1 });
    expect(moduleStatus(both, "m")).toBe("completed");
    const again = answer(both, "scale", 1, unscoredOnly);
    expect(again.quizzes["q"]?.attempts).toBe(1);
  });
});

describe("startNewAttempt", () => {
  it("keeps the answers it is told to keep and clears the rest", () => {
    let progress = answer(emptyProgress(), "one", 1, mixed);
    progress = answer(progress, "scale", 1, mixed);
    const retried = startNewAttempt(progress, "q", ["scale"]);
    expect(Object.keys(retried.quizzes["q"]!.answers)).toEqual(["scale"]);
  });

  it("leaves a quiz never answered alone", () => {
    const progress = emptyProgress();
    expect(startNewAttempt(progress, "q", ["scale"])).toBe(progress);
  });
});

describe("recordReflection", () => {
  const event = {
    moduleId: "m",
    moduleQuizIds: ["q"],
    quizId: "q",
    questionId: "thoughts",
    passMark: 0.5,
    now,
    ...unscoredOnly,
  };

  it("keeps the text under the reflection's key, and only there", () => {
    const progress = recordReflection(emptyProgress(), { ...event, text: "My bank called me." });
    expect(progress.reflections[questionKey("q", "thoughts")]).toEqual({
      text: "My bank called me.",
      updatedAt: now,
    });
    expect(progress.quizzes["q"]?.answers["thoughts"]).toMatchObject({ value: null, score: 1 });
  });

  it("replaces the text when the learner edits it", () => {
    const first = recordReflection(emptyProgress(), { ...event, text: "First thought." });
    const edited = recordReflection(first, {
      ...event,
      text: "Second thought.",
      now: "2026-11-25T10:00:00.000Z",
    });
    expect(edited.reflections["q/thoughts"]).toEqual({
      text: "Second thought.",
      updatedAt: "2026-11-25T10:00:00.000Z",
    });
  });

  it("keeps reflections when the quiz is tried again", () => {
    const progress = recordReflection(emptyProgress(), { ...event, text: "Kept." });
    expect(startNewAttempt(progress, "q").reflections["q/thoughts"]?.text).toBe("Kept.");
  });
});
