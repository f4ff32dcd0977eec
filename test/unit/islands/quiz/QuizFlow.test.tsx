// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, option, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const questions = [
  {
    id: "first",
    type: "single",
    prompt: "Which comes first?",
    options: [
      option("listen", "Listening", true),
      option("fix", "Fixing"),
      option("blame", "Blaming"),
      option("wait", "Waiting"),
    ],
  },
  {
    id: "second",
    type: "single",
    prompt: "Who owns the problem?",
    options: [option("you", "You do", true), option("them", "Another team")],
  },
];

const optionOrder = async (prompt: string) =>
  (await group(prompt)).getAllByRole("radio").map((radio) => (radio as HTMLInputElement).value);

async function answer(prompt: string, text: string) {
  const question = await group(prompt);
  fireEvent.click(question.getByRole("radio", { name: text }));
  fireEvent.click(question.getByRole("button", { name: "Check answer" }));
}

describe("a quiz as a whole", () => {
  it("moves focus to the feedback after a check, and to the result after the last", async () => {
    renderQuiz(questions);
    await answer("Which comes first", "Listening");
    await waitFor(() => expect(document.activeElement?.id).toBe("practice-first-feedback"));
    await answer("Who owns the problem", "Another team");
    await waitFor(() =>
      expect(document.activeElement?.classList.contains("quiz-result")).toBe(true),
    );
    expect(
      screen.getByText(/✓ Passed\. You answered 1 of 2 correctly \(50%\); the pass mark is 50%\./),
    ).toBeTruthy();
  });

  it("shows the options in a new order on a retry and keeps the best score", async () => {
    renderQuiz(questions);
    const firstOrder = await optionOrder("Which comes first");
    expect(firstOrder).toEqual(["listen", "fix", "blame", "wait"]);
    await answer("Which comes first", "Listening");
    await answer("Who owns the problem", "You do");
    expect(await screen.findByText(/You answered 2 of 2 correctly/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(async () =>
      expect(await optionOrder("Which comes first")).not.toEqual(firstOrder),
    );
    expect([...(await optionOrder("Which comes first"))].sort()).toEqual([...firstOrder].sort());
    expect(screen.getByText("Your best score so far: 100% (passed).")).toBeTruthy();

    await answer("Which comes first", "Fixing");
    await answer("Who owns the problem", "Another team");
    expect(await screen.findByText(/Not passed yet\. You answered 0 of 2 correctly/)).toBeTruthy();
    expect(screen.getByText("Your best score: 100%.")).toBeTruthy();
    expect($progress.get().quizzes["practice"]).toMatchObject({
      attempts: 2,
      bestScore: 1,
      passed: true,
    });
  });

  it("hides quiz answers from the search index", async () => {
    const { container } = renderQuiz(questions);
    await group("Which comes first");
    expect(container.querySelector("section.quiz")?.hasAttribute("data-pagefind-ignore")).toBe(
      true,
    );
  });
});
