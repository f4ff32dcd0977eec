// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, option, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const question = {
  id: "habits",
  type: "multiple",
  prompt: "Which habits help customers?",
  options: [
    option("listen", "Listening first", true),
    option("own", "Owning the problem", true),
    option("script", "Reading the script word for word"),
  ],
};

describe("multiple select", () => {
  it("asks for at least one choice before checking", async () => {
    renderQuiz([question]);
    const habits = await group("Which habits");
    fireEvent.click(habits.getByRole("button", { name: "Check answer" }));
    expect(habits.getByText("Choose at least one answer first.")).toBeTruthy();
    expect($progress.get().quizzes).toEqual({});
  });

  it("gives partial credit and explains every option, chosen or not", async () => {
    renderQuiz([question]);
    const habits = await group("Which habits");
    fireEvent.click(habits.getByRole("checkbox", { name: "Listening first" }));
    fireEvent.click(habits.getByRole("button", { name: "Check answer" }));
    expect(await habits.findByText("◐ Partly right (50%).")).toBeTruthy();
    expect(habits.getByText("✓ You chose this, and it is right.")).toBeTruthy();
    expect(habits.getByText("○ Missed: you left this out, but it is right.")).toBeTruthy();
    expect(habits.getByText("✓ You rightly left this out.")).toBeTruthy();
    expect(
      habits.getByText(/Reading the script word for word is wrong because of script\./),
    ).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["habits"]).toMatchObject({
      value: ["listen"],
      score: 0.5,
      correct: false,
    });
  });

  it("takes credit back for a wrong choice", async () => {
    renderQuiz([question]);
    const habits = await group("Which habits");
    for (const name of [
      "Listening first",
      "Owning the problem",
      "Reading the script word for word",
    ]) {
      fireEvent.click(habits.getByRole("checkbox", { name }));
    }
    fireEvent.click(habits.getByRole("button", { name: "Check answer" }));
    expect(await habits.findByText("◐ Partly right (50%).")).toBeTruthy();
    expect(habits.getByText("✗ You chose this, but it is not right.")).toBeTruthy();
    expect(
      screen.getByText(/You answered 0 of 1 correctly \(50% with partial credit\)/),
    ).toBeTruthy();
  });

  it("marks full credit as correct", async () => {
    renderQuiz([question]);
    const habits = await group("Which habits");
    fireEvent.click(habits.getByRole("checkbox", { name: "Listening first" }));
    fireEvent.click(habits.getByRole("checkbox", { name: "Owning the problem" }));
    fireEvent.click(habits.getByRole("button", { name: "Check answer" }));
    expect(await habits.findByText("✓ Correct.")).toBeTruthy();
    expect(screen.getByText(/✓ Passed\. You answered 1 of 1 correctly \(100%\)/)).toBeTruthy();
  });
});
