// @vitest-environment happy-dom
import { fireEvent, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, option, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const first = {
  id: "first",
  type: "single",
  prompt: "Which comes first?",
  explanation: "Understanding the problem comes before solving it.",
  options: [option("listen", "Listening", true), option("fix", "Fixing")],
};
const second = {
  id: "second",
  type: "true-false",
  prompt: "A complaint is a gift.",
  answer: true,
  ifTrue: "It shows you what to fix while the customer is still talking to you.",
  ifFalse: "It shows you what to fix while the customer is still talking to you.",
};

type Scope = Awaited<ReturnType<typeof group>>;

function sure(scope: Scope, level: string) {
  const confidence = scope.getByRole("group", { name: "How sure are you?" });
  fireEvent.click(
    [...confidence.querySelectorAll("label")]
      .find((l) => l.textContent === level)!
      .querySelector("input")!,
  );
}

describe("confidence", () => {
  it("is asked only when the quiz or the question turns it on", async () => {
    renderQuiz([first, { ...second, confidence: true }]);
    expect(
      (await group("Which comes first")).queryByRole("group", { name: "How sure are you?" }),
    ).toBeNull();
    expect(
      (await group("A complaint")).getByRole("group", { name: "How sure are you?" }),
    ).toBeTruthy();
  });

  it("must be given before checking", async () => {
    renderQuiz([first], { confidence: true });
    const question = await group("Which comes first");
    fireEvent.click(question.getByRole("radio", { name: "Listening" }));
    fireEvent.click(question.getByRole("button", { name: "Check answer" }));
    expect(question.getByText(/Say how sure you are first/)).toBeTruthy();
    expect($progress.get().quizzes).toEqual({});
  });

  it("treats I don't know as honest: not correct, but the answer and explanation at once", async () => {
    renderQuiz([first, second], { confidence: true });
    const question = await group("Which comes first");
    sure(question, "I don't know");
    fireEvent.click(question.getByRole("button", { name: "Show me the answer" }));
    expect(await question.findByText("? You said you don't know.")).toBeTruthy();
    expect(question.getByText("The right answer: “Listening”")).toBeTruthy();
    expect(question.getByText(/Understanding the problem comes before solving it\./)).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["first"]).toMatchObject({
      value: null,
      score: 0,
      correct: false,
      confidence: "unknown",
    });
  });

  it("shows in the results how confidence matched correctness", async () => {
    renderQuiz([first, second], { confidence: true });
    const one = await group("Which comes first");
    fireEvent.click(one.getByRole("radio", { name: "Fixing" }));
    sure(one, "Sure");
    fireEvent.click(one.getByRole("button", { name: "Check answer" }));
    const two = await group("A complaint");
    fireEvent.click(two.getByRole("radio", { name: "True" }));
    sure(two, "Unsure");
    fireEvent.click(two.getByRole("button", { name: "Check answer" }));

    // Each level of confidence is said once, with what it means in the same sentence.
    const sureLine = await screen.findByText(
      "You were sure of 1 answer, and it was not right. Being sure makes a mistake easy to miss, so that one deserves a second look.",
    );
    expect(
      screen.getByText(
        "You were unsure of 1 answer, and it was right: you know more than you thought.",
      ),
    ).toBeTruthy();
    expect(screen.queryAllByText(/^You were sure of/)).toHaveLength(1);
    expect(screen.queryAllByText(/second look/)).toHaveLength(1);
    // The line ends by pointing to the question to look at again.
    const link = within(sureLine).getByRole("link", {
      name: "Question 1 of 2: Which comes first?",
    });
    expect(link.getAttribute("href")).toMatch(/#.*first$/);
  });
});
