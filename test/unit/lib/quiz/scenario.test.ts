import { describe, expect, it } from "vitest";
import { quizSchema, type QuestionOf } from "../../../../src/schemas/quiz";
import { chooseInScenario, pathEntry, walkScenario } from "../../../../src/lib/quiz/scenario";

const choice = (id: string, to: { next?: string; outcome?: string }) => ({
  id,
  text: `Say ${id}`,
  feedback: `What ${id} does to the customer.`,
  ...to,
});

const scenario = quizSchema.parse({
  questions: [
    {
      id: "call",
      type: "scenario",
      prompt: "A call",
      steps: [
        {
          id: "open",
          text: "The customer is upset.",
          choices: [choice("listen", { next: "fix" }), choice("rush", { outcome: "lost" })],
        },
        {
          id: "fix",
          text: "They explain the problem.",
          choices: [choice("own", { outcome: "won" }), choice("again", { next: "open" })],
        },
      ],
      outcomes: [
        { id: "won", title: "Won", debrief: "You listened.", score: 1 },
        { id: "lost", title: "Lost", debrief: "You rushed.", score: 0 },
      ],
    },
  ],
}).questions[0] as QuestionOf<"scenario">;

describe("walkScenario", () => {
  it("starts at the first step", () => {
    const walk = walkScenario(scenario, []);
    expect(walk.current?.id).toBe("open");
    expect(walk.taken).toEqual([]);
    expect(walk.stale).toBe(false);
  });

  it("follows each choice to the next step and then to an outcome", () => {
    const walk = walkScenario(scenario, [pathEntry("open", "listen"), pathEntry("fix", "own")]);
    expect(walk.taken.map(({ step, choice }) => `${step.id}:${choice.id}`)).toEqual([
      "open:listen",
      "fix:own",
    ]);
    expect(walk.outcome?.id).toBe("won");
    expect(walk.current).toBeUndefined();
  });

  it("can loop back to an earlier step", () => {
    const walk = walkScenario(scenario, ["open/listen", "fix/again", "open/rush"]);
    expect(walk.taken).toHaveLength(3);
    expect(walk.outcome?.id).toBe("lost");
  });

  it("marks a stored path that no longer fits the scenario as stale, keeping what fits", () => {
    const walk = walkScenario(scenario, ["open/listen", "fix/removed-choice"]);
    expect(walk.stale).toBe(true);
    expect(walk.taken).toHaveLength(1);
    expect(walk.outcome).toBeUndefined();
  });
});

describe("chooseInScenario", () => {
  it("adds the choice at the current step to the path", () => {
    const first = chooseInScenario(scenario, [], "listen");
    expect(first.path).toEqual(["open/listen"]);
    expect(first.walk.current?.id).toBe("fix");
    const second = chooseInScenario(scenario, first.path, "own");
    expect(second.walk.outcome?.score).toBe(1);
  });
});
