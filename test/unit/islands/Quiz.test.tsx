// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { QuizView as Quiz, type QuizViewProps as QuizProps } from "../../../src/islands/Quiz";
import { $progress } from "../../../src/stores/progress";
import { seedStoredProgress } from "./quiz/setup";
import { emptyProgress, moduleStatus } from "../../../src/lib/record/record";
import { useFreshProgress } from "./quiz/setup";
import { englishStrings } from "../setup";

const props: QuizProps = {
  quizId: "basics",
  title: "Check your understanding",
  moduleId: "start",
  moduleQuizIds: ["basics"],
  passMark: 1,
  strings: englishStrings,
  questions: [
    {
      id: "first",
      type: "single",
      prompt: "Which comes first?",
      options: [
        {
          id: "listen",
          text: "Listening",
          correct: true,
          feedback: "You cannot solve what you have not heard.",
        },
        { id: "fix", text: "Fixing", correct: false, feedback: "You may fix the wrong thing." },
      ],
    },
  ],
};

useFreshProgress();

describe("Quiz island", () => {
  it("asks for a choice before checking", async () => {
    render(<Quiz {...props} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check answer" }));
    expect(await screen.findByText("Choose an answer first.")).toBeTruthy();
    expect($progress.get().quizzes).toEqual({});
  });

  it("explains a wrong answer, shows the best one and lets the learner retry", async () => {
    render(<Quiz {...props} />);
    fireEvent.click(await screen.findByRole("radio", { name: "Fixing" }));
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByText(/Not quite\./)).toBeTruthy();
    expect(screen.getByText(/You may fix the wrong thing\./)).toBeTruthy();
    expect(screen.getByText(/Not passed yet\. You answered 0 of 1 correctly/)).toBeTruthy();
    expect(moduleStatus($progress.get(), "start")).toBe("in-progress");

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() =>
      expect(screen.getByRole("radio", { name: "Fixing" })).toHaveProperty("checked", false),
    );
    fireEvent.click(screen.getByRole("radio", { name: "Listening" }));
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(await screen.findByText(/✓ Passed\./)).toBeTruthy();
    expect(moduleStatus($progress.get(), "start")).toBe("completed");
  });

  it("shows answers restored from storage after mount", async () => {
    seedStoredProgress({
      ...emptyProgress(),
      quizzes: {
        basics: {
          answers: {
            first: { value: "listen", score: 1, correct: true, answeredAt: "2026-11-24T10:00:00Z" },
          },
          attempts: 1,
          lastScore: 1,
          bestScore: 1,
          passed: true,
        },
      },
    });
    render(<Quiz {...props} />);
    await waitFor(() =>
      expect(screen.getByRole("radio", { name: /Listening/ })).toHaveProperty("checked", true),
    );
    expect(screen.getByText(/✓ Correct\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Check answer" })).toBeNull();
  });
});
