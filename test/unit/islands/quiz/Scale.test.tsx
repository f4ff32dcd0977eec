// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, option, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const scale = {
  id: "habits",
  type: "scale",
  prompt: "How often do you do these?",
  labels: ["Never", "Sometimes", "Always"],
  dimensions: [
    { id: "listening", name: "Listening", description: "Hearing people out before acting." },
    { id: "following-up", name: "Following up", description: "Closing the loop with people." },
  ],
  statements: [
    { id: "finish", text: "I let people finish.", dimension: "listening" },
    { id: "sum-up", text: "I sum up what I heard.", dimension: "listening" },
    { id: "call-back", text: "I call back when I said I would.", dimension: "following-up" },
  ],
};

type Scope = Awaited<ReturnType<typeof group>>;

function rate(scope: Scope, statement: string, label: string) {
  const statementGroup = scope.getByRole("group", { name: statement });
  fireEvent.click(
    [...statementGroup.querySelectorAll("label")]
      .find((l) => l.textContent === label)!
      .querySelector("input")!,
  );
}

describe("self-assessment scale", () => {
  it("asks for a rating of every statement", async () => {
    renderQuiz([scale]);
    const habits = await group("How often do you");
    rate(habits, "I let people finish.", "Always");
    fireEvent.click(habits.getByRole("button", { name: "Show my profile" }));
    expect(habits.getByText(/“I sum up what I heard\.” has no rating yet/)).toBeTruthy();
  });

  it("shows a profile per dimension, with no score", async () => {
    renderQuiz([scale]);
    const habits = await group("How often do you");
    rate(habits, "I let people finish.", "Always");
    rate(habits, "I sum up what I heard.", "Sometimes");
    rate(habits, "I call back when I said I would.", "Never");
    fireEvent.click(habits.getByRole("button", { name: "Show my profile" }));
    expect(
      await habits.findByText(/2\.5 of 3, closest to “Always”\. Hearing people out/),
    ).toBeTruthy();
    expect(habits.getByText(/1\.0 of 3, closest to “Never”\./)).toBeTruthy();
    expect(screen.queryByText(/correctly/)).toBeNull();
    expect($progress.get().quizzes["practice"]?.answers["habits"]?.value).toEqual({
      finish: 3,
      "sum-up": 2,
      "call-back": 1,
    });
  });

  it("does not count against the pass mark and survives a retry", async () => {
    const check = {
      id: "check",
      type: "single",
      prompt: "Which comes first?",
      options: [option("listen", "Listening", true), option("fix", "Fixing")],
    };
    renderQuiz([scale, check], { passMark: 1 });
    const habits = await group("How often do you");
    rate(habits, "I let people finish.", "Never");
    rate(habits, "I sum up what I heard.", "Never");
    rate(habits, "I call back when I said I would.", "Never");
    fireEvent.click(habits.getByRole("button", { name: "Show my profile" }));
    const first = await group("Which comes first");
    fireEvent.click(first.getByRole("radio", { name: "Listening" }));
    fireEvent.click(first.getByRole("button", { name: "Check answer" }));
    expect(
      await screen.findByText(/✓ Passed\. You answered 1 of 1 correctly \(100%\)/),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    // A new attempt starts the scored question afresh; the self-assessment stays as it was.
    await waitFor(async () =>
      expect(
        (await group("Which comes first")).getByRole("button", { name: "Check answer" }),
      ).toBeTruthy(),
    );
    expect(habits.getAllByText(/1\.0 of 3, closest to “Never”/)).toHaveLength(2);
  });
});
