import { describe, expect, it } from "vitest";
import { interactionResult } from "../../../src/lms/scorm12";
import type { AnswerReport } from "../../../src/lms/connection";

const answer = (correct: boolean, score: number): AnswerReport => ({
  quizId: "quiz",
  questionId: "question",
  type: "choice",
  correct,
  score,
  at: "2026-12-06T10:00:00.000Z",
});

describe("an interaction's result", () => {
  it("is correct, the standard's word for wrong, or a partly right answer's credit", () => {
    expect(interactionResult(answer(true, 1), "wrong")).toBe("correct");
    expect(interactionResult(answer(false, 0), "wrong")).toBe("wrong");
    expect(interactionResult(answer(false, 0), "incorrect")).toBe("incorrect");
    expect(interactionResult(answer(false, 2 / 3), "incorrect")).toBe("0.67");
    expect(interactionResult(answer(false, 0.5), "wrong")).toBe("0.5");
  });
});
