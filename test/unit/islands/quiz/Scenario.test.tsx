// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../../src/lib/record/record";
import { $progress } from "../../../../src/stores/progress";
import { seedStoredProgress } from "./setup";
import { group, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const question = {
  id: "late-parcel",
  type: "scenario",
  prompt: "A parcel is late.",
  steps: [
    {
      id: "open",
      text: "Sam says the parcel for his daughter's party has not come.",
      choices: [
        {
          id: "hear",
          text: "Ask when the party is.",
          feedback: "Sam relaxes a little: you asked about what matters.",
          next: "fix",
        },
        {
          id: "track",
          text: "Read out the tracking page.",
          feedback: "Sam already read it; he sighs.",
          outcome: "lost",
        },
      ],
    },
    {
      id: "fix",
      text: "The party is tomorrow.",
      choices: [
        {
          id: "courier",
          text: "Send a courier today.",
          feedback: "The parcel arrives the same evening.",
          outcome: "saved",
        },
        {
          id: "wait",
          text: "Ask him to wait a day.",
          feedback: "The parcel arrives after the party.",
          outcome: "late",
        },
      ],
    },
  ],
  outcomes: [
    {
      id: "saved",
      title: "The party is saved",
      debrief: "You heard the deadline and met it.",
      score: 1,
    },
    {
      id: "late",
      title: "Too late",
      debrief: "You heard the deadline but did not act on it.",
      score: 0.5,
    },
    {
      id: "lost",
      title: "A lost customer",
      debrief: "You answered a question he did not ask.",
      score: 0,
    },
  ],
};

type Scope = Awaited<ReturnType<typeof group>>;

/** Tap a reply among the buttons under "How do you respond?". */
function respond(scope: Scope, choice: string) {
  const replies = within(scope.getByRole("group", { name: "How do you respond?" }));
  fireEvent.click(replies.getByRole("button", { name: choice }));
}

describe("branching scenario", () => {
  it("shows the customer's line beside their name and initials, and the replies as buttons", async () => {
    renderQuiz([{ ...question, customer: "Sam Okafor" }]);
    const scenario = await group("A parcel is late");
    const chat = within(scenario.getByRole("list", { name: "Your conversation with Sam Okafor" }));
    expect(chat.getByText("Sam Okafor")).toBeTruthy();
    expect(chat.getByText("SO")).toBeTruthy();
    expect(chat.getByText(/parcel for his daughter's party/)).toBeTruthy();
    const replies = within(scenario.getByRole("group", { name: "How do you respond?" }));
    expect(replies.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Ask when the party is.",
      "Read out the tracking page.",
    ]);
  });

  it("keeps the branch taken in the conversation as it grows", async () => {
    renderQuiz([question]);
    const scenario = await group("A parcel is late");
    respond(scenario, "Ask when the party is.");
    const chat = within(
      scenario.getByRole("list", { name: "Your conversation with The customer" }),
    );
    expect(chat.getByText("Ask when the party is.")).toBeTruthy();
    expect(chat.getByText("You:")).toBeTruthy();
    expect(chat.getByText("The party is tomorrow.")).toBeTruthy();
    expect(scenario.queryByRole("button", { name: "Read out the tracking page." })).toBeNull();
  });

  it("shows each response's consequence and the next step, then the outcome and debrief", async () => {
    renderQuiz([question]);
    const scenario = await group("A parcel is late");
    respond(scenario, "Ask when the party is.");
    expect(scenario.getByText("Sam relaxes a little: you asked about what matters.")).toBeTruthy();
    expect(scenario.getByText("The party is tomorrow.")).toBeTruthy();
    expect($progress.get().quizzes).toEqual({});

    respond(scenario, "Ask him to wait a day.");
    expect(await scenario.findByText(/Outcome: Too late/)).toBeTruthy();
    expect(scenario.getByText("You heard the deadline but did not act on it.")).toBeTruthy();
    expect(scenario.queryByRole("group", { name: "How do you respond?" })).toBeNull();
    expect(scenario.getByText("◐")).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["late-parcel"]).toMatchObject({
      value: ["open/hear", "fix/wait"],
      score: 0.5,
      correct: false,
    });
  });

  it("moves focus to the consequence after each response", async () => {
    renderQuiz([question, { id: "after", type: "reflection", prompt: "Anything else?" }]);
    const scenario = await group("A parcel is late");
    respond(scenario, "Ask when the party is.");
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain("Sam relaxes a little"),
    );
  });

  it("replays a stored path after mount", async () => {
    seedStoredProgress({
      ...emptyProgress(),
      quizzes: {
        practice: {
          answers: {
            "late-parcel": {
              value: ["open/track"],
              score: 0,
              correct: false,
              answeredAt: "2026-11-24T10:00:00Z",
            },
          },
          attempts: 1,
          lastScore: 0,
          bestScore: 0,
          passed: false,
        },
      },
    });
    renderQuiz([question]);
    const scenario = await group("A parcel is late");
    expect(await scenario.findByText(/Outcome: A lost customer/)).toBeTruthy();
    expect(scenario.getByText("Sam already read it; he sighs.")).toBeTruthy();
  });
});
