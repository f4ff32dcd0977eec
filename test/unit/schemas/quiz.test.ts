import { describe, expect, it } from "vitest";
import { quizSchema } from "../../../src/schemas/quiz";

/** The problems in a quiz, as the build prints them: field path, then message. */
function problems(questions: unknown[]): string[] {
  const result = quizSchema.safeParse({ questions });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  feedback: `Why ${id} is ${correct ? "right" : "wrong"}.`,
});

const single = (id: string, options: unknown[]) => ({
  id,
  type: "single",
  prompt: "Pick one",
  options,
});

describe("quiz schema", () => {
  it("accepts a sound quiz and fills in the defaults", () => {
    const quiz = quizSchema.parse({ questions: [single("ok", [option("a", true), option("b")])] });
    expect(quiz.title).toBe("Check your understanding");
    expect(quiz.confidence).toBe(false);
  });

  it("names the question of a single choice with no right option, or two", () => {
    expect(
      problems([
        single("none", [option("a"), option("b")]),
        single("two", [option("a", true), option("b", true)]),
      ]),
    ).toMatchInlineSnapshot(`
        [
          "questions.0.options: question 1 ("none"): a single-choice question needs exactly one option with correct: true; this one has 0. For several right answers use type: multiple",
          "questions.1.options: question 2 ("two"): a single-choice question needs exactly one option with correct: true; this one has 2. For several right answers use type: multiple",
        ]
      `);
  });

  it("names the question of an option without feedback", () => {
    const { feedback: _, ...silent } = option("b");
    expect(problems([single("quiet", [option("a", true), silent])])).toMatchInlineSnapshot(`
      [
        "questions.0.options.1.feedback: question 1 ("quiet"): add feedback that explains why this option is right or wrong",
      ]
    `);
  });

  it("names the question of an ordering with fewer than three items", () => {
    const ordering = {
      id: "short",
      type: "ordering",
      prompt: "Order these",
      feedback: "Because.",
      items: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
      ],
    };
    expect(problems([ordering])).toMatchInlineSnapshot(`
      [
        "questions.0.items: question 1 ("short"): an ordering question needs at least three items",
      ]
    `);
  });

  it("names duplicate question ids and duplicate option ids", () => {
    const sound = single("twin", [option("a", true), option("b")]);
    expect(problems([sound, sound])).toMatchInlineSnapshot(`
      [
        "questions.1.id: question 2 ("twin"): id "twin" is used twice in this quiz: give each its own id",
      ]
    `);
    expect(problems([single("same", [option("a", true), option("a")])])).toMatchInlineSnapshot(`
      [
        "questions.0.options.1.id: question 1 ("same"): id "a" is used twice in this question's options: give each its own id",
      ]
    `);
  });

  it("reports duplicate question ids beside the other problems of the quiz", () => {
    const broken = single("twin", [option("a", true), option("a")]);
    const sound = single("twin", [option("a", true), option("b")]);
    expect(problems([broken, sound])).toMatchInlineSnapshot(`
      [
        "questions.0.options.1.id: question 1 ("twin"): id "a" is used twice in this question's options: give each its own id",
        "questions.1.id: question 2 ("twin"): id "twin" is used twice in this quiz: give each its own id",
      ]
    `);
  });

  it("names a question by its place when it has no usable id", () => {
    expect(problems([{ type: "quiz-show", prompt: "?" }])).toMatchInlineSnapshot(`
      [
        "questions.0.type: question 1: set type to one of: single, multiple, true-false, ordering, matching, scenario, reflection, scale",
      ]
    `);
  });

  it("names scenario choices that lead nowhere", () => {
    const scenario = {
      id: "lost",
      type: "scenario",
      prompt: "A call",
      steps: [
        {
          id: "open",
          text: "The phone rings.",
          choices: [
            { id: "a", text: "Answer", feedback: "They are glad.", next: "middle" },
            { id: "b", text: "Ignore", feedback: "They hang up.", outcome: "gone" },
          ],
        },
      ],
      outcomes: [{ id: "done", title: "Done", debrief: "It went fine.", score: 1 }],
    };
    expect(problems([scenario])).toMatchInlineSnapshot(`
      [
        "questions.0.steps.0.choices.0.next: question 1 ("lost"): next: "middle" names no step; use one of: open",
        "questions.0.steps.0.choices.1.outcome: question 1 ("lost"): outcome: "gone" names no outcome; use one of: done",
      ]
    `);
  });
});
