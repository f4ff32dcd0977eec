import { describe, expect, it } from "vitest";
import { quizSchema, type Question, type QuestionOf } from "../../../../src/schemas/quiz";
import { asksConfidence, isScored } from "../../../../src/lib/quiz/scored";
import {
  scoreMatching,
  scoreMultiple,
  scoreOrdering,
  scoreSingle,
  scoreTrueFalse,
} from "../../../../src/lib/quiz/scoring";
import { percent } from "../../../../src/islands/labels";

/** One question as the schema outputs it, from what an author writes. */
function question<T extends Question["type"]>(raw: Record<string, unknown>): QuestionOf<T> {
  return quizSchema.parse({ questions: [raw] }).questions[0] as QuestionOf<T>;
}

const option = (id: string, correct = false) => ({
  id,
  text: `Option ${id}`,
  correct,
  feedback: `Why ${id} is ${correct ? "right" : "wrong"}.`,
});

const single = question<"single">({
  id: "one",
  type: "single",
  prompt: "Pick one",
  options: [option("a", true), option("b")],
});

const multiple = question<"multiple">({
  id: "many",
  type: "multiple",
  prompt: "Pick all that apply",
  options: [option("a", true), option("b", true), option("c", true), option("d"), option("e")],
});

describe("scoreSingle", () => {
  it("gives full credit for the right option and none for another", () => {
    expect(scoreSingle(single, "a")).toBe(1);
    expect(scoreSingle(single, "b")).toBe(0);
  });

  it("gives no credit for an option that no longer exists", () => {
    expect(scoreSingle(single, "removed")).toBe(0);
  });
});

describe("scoreMultiple", () => {
  it("gives full credit for exactly the right options", () => {
    expect(scoreMultiple(multiple, ["a", "b", "c"])).toBe(1);
  });

  it("gives a share for each right option picked", () => {
    expect(scoreMultiple(multiple, ["a"])).toBeCloseTo(1 / 3);
    expect(scoreMultiple(multiple, ["a", "c"])).toBeCloseTo(2 / 3);
  });

  it("takes a share back for each wrong option picked", () => {
    expect(scoreMultiple(multiple, ["a", "b", "d"])).toBeCloseTo(1 / 3);
    expect(scoreMultiple(multiple, ["a", "b", "c", "d"])).toBeCloseTo(2 / 3);
  });

  it("never goes below zero", () => {
    expect(scoreMultiple(multiple, ["a", "d", "e"])).toBe(0);
    expect(scoreMultiple(multiple, ["d", "e"])).toBe(0);
  });

  it("gives nothing extra for ticking every box", () => {
    expect(scoreMultiple(multiple, ["a", "b", "c", "d", "e"])).toBeCloseTo(1 / 3);
  });
});

describe("scoreTrueFalse", () => {
  const statement = question<"true-false">({
    id: "tf",
    type: "true-false",
    prompt: "The sky is green.",
    answer: false,
    ifTrue: "It is blue on a clear day.",
    ifFalse: "It is blue on a clear day.",
  });

  it("gives credit only when the learner's judgement matches the statement", () => {
    expect(scoreTrueFalse(statement, false)).toBe(1);
    expect(scoreTrueFalse(statement, true)).toBe(0);
  });
});

describe("scoreOrdering", () => {
  const ordering = question<"ordering">({
    id: "order",
    type: "ordering",
    prompt: "Order these",
    items: ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() })),
    feedback: "The alphabet runs this way.",
  });

  it("gives full credit for the authored order", () => {
    expect(scoreOrdering(ordering, ["a", "b", "c", "d"])).toBe(1);
  });

  it("gives the share of items in their right place", () => {
    expect(scoreOrdering(ordering, ["a", "b", "d", "c"])).toBe(0.5);
    expect(scoreOrdering(ordering, ["d", "c", "b", "a"])).toBe(0);
  });
});

describe("scoreMatching", () => {
  const matching = question<"matching">({
    id: "match",
    type: "matching",
    prompt: "Match these",
    pairs: [
      { id: "cat", left: "Cat", right: "Meows", feedback: "Cats meow to people." },
      { id: "dog", left: "Dog", right: "Barks", feedback: "Dogs bark at the post." },
      { id: "cow", left: "Cow", right: "Moos", feedback: "Cows moo in the field." },
      { id: "calf", left: "Calf", right: "Moos", feedback: "Calves moo like cows." },
    ],
  });

  it("gives full credit when every item is matched right", () => {
    expect(scoreMatching(matching, { cat: "cat", dog: "dog", cow: "cow", calf: "calf" })).toBe(1);
  });

  it("gives the share of items matched right", () => {
    expect(scoreMatching(matching, { cat: "dog", dog: "cat", cow: "cow", calf: "calf" })).toBe(0.5);
  });

  it("counts two pairs with the same right-hand text as interchangeable", () => {
    expect(scoreMatching(matching, { cat: "cat", dog: "dog", cow: "calf", calf: "cow" })).toBe(1);
  });

  it("gives no credit for an item left unmatched", () => {
    expect(scoreMatching(matching, { cat: "cat" })).toBe(0.25);
  });
});

describe("which questions count", () => {
  const reflection = question<"reflection">({ id: "r", type: "reflection", prompt: "Think" });

  it("scores choice, ordering, matching and scenario questions but not reflections", () => {
    expect(isScored(single)).toBe(true);
    expect(isScored(reflection)).toBe(false);
  });

  it("asks for confidence as the quiz says unless the question says otherwise", () => {
    expect(asksConfidence(single, true)).toBe(true);
    expect(asksConfidence({ ...single, confidence: false }, true)).toBe(false);
    expect(asksConfidence({ ...single, confidence: true }, false)).toBe(true);
    expect(asksConfidence(reflection, true)).toBe(false);
  });
});

describe("percent", () => {
  it("rounds a share to a whole percentage", () => {
    expect(percent(5 / 6)).toBe("83%");
    expect(percent(1)).toBe("100%");
  });
});
