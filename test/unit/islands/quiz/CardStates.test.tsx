// @vitest-environment happy-dom
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { group, option, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

/*
 * Each answer card's states as a learner meets them, found by role and by the words that go with
 * each mark: chosen, right, wrong, a right answer missed, and the right answer not chosen.
 */

const single = {
  id: "first-step",
  type: "single",
  prompt: "What comes first with an upset customer?",
  explanation: "People cannot hear a fix until they feel heard.",
  options: [
    option("listen", "Listen to the whole story", true),
    option("refund", "Offer a refund"),
    option("policy", "Explain the policy"),
  ],
};

const multiple = {
  id: "habits",
  type: "multiple",
  prompt: "Which habits help customers?",
  options: [
    option("listen", "Listening first", true),
    option("own", "Owning the problem", true),
    option("script", "Reading the script word for word"),
  ],
};

const check = (scope: Awaited<ReturnType<typeof group>>) =>
  fireEvent.click(scope.getByRole("button", { name: "Check answer" }));

describe("answer cards", () => {
  it("shows a chosen card as checked before the answer is checked, with no marks", async () => {
    renderQuiz([single]);
    const question = await group("What comes first");
    const refund = question.getByRole("radio", { name: "Offer a refund" });
    fireEvent.click(refund);
    expect((refund as HTMLInputElement).checked).toBe(true);
    expect(question.queryByText("Your answer, not right")).toBeNull();
    expect(question.queryByText("The right answer")).toBeNull();
  });

  it("marks a wrong single answer and always marks the right one, with one panel of feedback", async () => {
    renderQuiz([single]);
    const question = await group("What comes first");
    fireEvent.click(question.getByRole("radio", { name: "Offer a refund" }));
    check(question);
    expect(await question.findByText("✗ Not quite.")).toBeTruthy();
    expect(
      question.getByRole("radio", { name: /Offer a refund.*Your answer, not right/ }),
    ).toBeTruthy();
    expect(
      question.getByRole("radio", { name: /Listen to the whole story.*The right answer/ }),
    ).toBeTruthy();
    expect(question.getByRole("radio", { name: "Explain the policy" })).toBeTruthy();
    const feedback = question.getByRole("status");
    expect(feedback.textContent).toContain("Offer a refund is wrong because of refund.");
    expect(feedback.textContent).toContain("The right answer: “Listen to the whole story”");
    expect(feedback.textContent).toContain("The idea behind it:");
    expect(feedback.textContent).toContain("People cannot hear a fix until they feel heard.");
  });

  it("marks a right single answer as right, and the question with it", async () => {
    renderQuiz([single]);
    const question = await group("What comes first");
    fireEvent.click(question.getByRole("radio", { name: "Listen to the whole story" }));
    check(question);
    expect(await question.findByText("✓ Correct.")).toBeTruthy();
    expect(
      question.getByRole("radio", { name: /Listen to the whole story.*Your answer, right/ }),
    ).toBeTruthy();
    expect(question.queryByText("The right answer")).toBeNull();
  });

  it("tells partly right, missed and wrong apart in a multiple choice, each in its own words", async () => {
    renderQuiz([multiple]);
    const question = await group("Which habits");
    fireEvent.click(question.getByRole("checkbox", { name: "Listening first" }));
    fireEvent.click(question.getByRole("checkbox", { name: "Reading the script word for word" }));
    check(question);
    expect(await question.findByText(/Partly right|Not quite/)).toBeTruthy();
    expect(
      question.getByRole("checkbox", { name: /Listening first.*Your answer, right/ }),
    ).toBeTruthy();
    expect(
      question.getByRole("checkbox", {
        name: /Reading the script.*Your answer, not right/,
      }),
    ).toBeTruthy();
    expect(
      question.getByRole("checkbox", {
        name: /Owning the problem.*Missed: a right answer you left out/,
      }),
    ).toBeTruthy();
  });

  it("says partly right with its own mark, unlike a missed answer's", async () => {
    renderQuiz([multiple]);
    const question = await group("Which habits");
    fireEvent.click(question.getByRole("checkbox", { name: "Listening first" }));
    check(question);
    const verdict = await question.findByText("◐ Partly right (50%).");
    expect(verdict).toBeTruthy();
    expect(question.getByText("○ Missed: you left this out, but it is right.")).toBeTruthy();
  });

  it("marks the true statement as the right answer after a wrong judgement", async () => {
    renderQuiz([
      {
        id: "complaints",
        type: "true-false",
        prompt: "Most unhappy customers complain.",
        answer: false,
        ifTrue: "Most leave quietly.",
        ifFalse: "Right: most leave without a word.",
      },
    ]);
    const question = await group("Most unhappy");
    fireEvent.click(question.getByRole("radio", { name: "True" }));
    check(question);
    expect(await question.findByText("✗ Not quite.")).toBeTruthy();
    expect(question.getByRole("radio", { name: /True.*Your answer, not right/ })).toBeTruthy();
    expect(question.getByRole("radio", { name: /False.*The right answer/ })).toBeTruthy();
    expect(question.getByText("The statement is false.")).toBeTruthy();
  });

  it("marks each ordering card in place or where it belongs", async () => {
    renderQuiz([
      {
        id: "steps",
        type: "ordering",
        prompt: "Put the steps of a recovery in order.",
        feedback: "Listen, own, fix, follow up.",
        items: [
          { id: "listen", text: "Listen" },
          { id: "own", text: "Own it" },
          { id: "fix", text: "Fix it" },
        ],
      },
    ]);
    const question = await group("Put the steps");
    check(question);
    await waitFor(() => expect(question.getByText(/Correct|Partly right|Not quite/)).toBeTruthy());
    const marks = [
      ...question.queryAllByText("In the right place"),
      ...question.queryAllByText(/^Belongs at position \d$/),
    ];
    expect(marks).toHaveLength(3);
    expect(question.queryByRole("button", { name: /Move up/ })).toBeNull();
  });
});
