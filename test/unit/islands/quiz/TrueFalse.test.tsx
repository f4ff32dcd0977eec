// @vitest-environment happy-dom
import { fireEvent } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const question = {
  id: "complaints",
  type: "true-false",
  prompt: "Most unhappy customers complain.",
  answer: false,
  ifTrue: "Most unhappy customers leave quietly, which is why each complaint is precious.",
  ifFalse: "Most unhappy customers leave without a word, so a complaint is a gift.",
};

describe("true or false", () => {
  it("asks for a judgement before checking", async () => {
    renderQuiz([question]);
    const statement = await group("Most unhappy");
    fireEvent.click(statement.getByRole("button", { name: "Check answer" }));
    expect(statement.getByText("Choose true or false first.")).toBeTruthy();
  });

  it("explains a wrong judgement with the feedback for that answer", async () => {
    renderQuiz([question]);
    const statement = await group("Most unhappy");
    fireEvent.click(statement.getByRole("radio", { name: "True" }));
    fireEvent.click(statement.getByRole("button", { name: "Check answer" }));
    expect(await statement.findByText("✗ Not quite.")).toBeTruthy();
    expect(statement.getByText(/which is why each complaint is precious/)).toBeTruthy();
    expect(statement.getByText("Your answer, not right")).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["complaints"]).toMatchObject({
      value: true,
      score: 0,
    });
  });

  it("confirms a right judgement with its own feedback", async () => {
    renderQuiz([question]);
    const statement = await group("Most unhappy");
    fireEvent.click(statement.getByRole("radio", { name: "False" }));
    fireEvent.click(statement.getByRole("button", { name: "Check answer" }));
    expect(await statement.findByText("✓ Correct.")).toBeTruthy();
    expect(statement.getByText(/a complaint is a gift/)).toBeTruthy();
  });
});
