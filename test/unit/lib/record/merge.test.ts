import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress, type QuizProgress } from "../../../../src/lib/record/record";
import { mergeModule, mergeProgress, mergeQuiz } from "../../../../src/lib/record/merge";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;
const answered = (day: number, score: number) => ({
  value: "x",
  score,
  correct: score === 1,
  answeredAt: at(day),
});

describe("mergeModule", () => {
  it("keeps a completion from either side, with the first completion date and widest visits", () => {
    expect(
      mergeModule(
        { status: "in-progress", firstVisit: at(3), lastVisit: at(9) },
        { status: "completed", firstVisit: at(1), lastVisit: at(5), completedAt: at(5) },
      ),
    ).toEqual({ status: "completed", firstVisit: at(1), lastVisit: at(9), completedAt: at(5) });
  });
});

describe("mergeQuiz", () => {
  const passedEarlier: QuizProgress = {
    answers: { one: answered(2, 1) },
    attempts: 1,
    lastScore: 1,
    bestScore: 1,
    passed: true,
  };
  const failedLater: QuizProgress = {
    answers: { one: answered(6, 0) },
    attempts: 3,
    lastScore: 0,
    bestScore: 0.5,
    passed: false,
  };

  it("keeps the pass and the best score, and the current attempt of whoever answered last", () => {
    expect(mergeQuiz(passedEarlier, failedLater)).toEqual({
      answers: failedLater.answers,
      attempts: 3,
      lastScore: 0,
      bestScore: 1,
      passed: true,
    });
  });

  it("gives the same result whichever side is this device", () => {
    expect(mergeQuiz(failedLater, passedEarlier)).toEqual(mergeQuiz(passedEarlier, failedLater));
  });
});

describe("mergeProgress", () => {
  const mine: Progress = {
    ...emptyProgress(),
    modules: { intro: { status: "completed", completedAt: at(4) } },
    reflections: { "intro/why": { text: "Old thought", updatedAt: at(1) } },
    track: "leader",
  };
  const theirs: Progress = {
    ...emptyProgress(),
    modules: { intro: { status: "in-progress" }, empathy: { status: "completed" } },
    reflections: { "intro/why": { text: "New thought", updatedAt: at(8) } },
    track: "orientation",
  };

  it("gains modules, never loses a completion, and keeps this device's track", () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.modules).toEqual({
      intro: { status: "completed", completedAt: at(4) },
      empathy: { status: "completed" },
    });
    expect(merged.track).toBe("leader");
  });

  it("keeps the most recently written reflection", () => {
    expect(mergeProgress(mine, theirs).reflections["intro/why"]?.text).toBe("New thought");
  });

  it("changes nothing when merging a record with itself", () => {
    expect(mergeProgress(mine, mine)).toEqual(mine);
  });
});
