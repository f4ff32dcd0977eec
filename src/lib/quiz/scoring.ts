import type { QuestionOf } from "../../schemas/quiz";

/*
 * How each question type earns credit, from 0 to 1. Pure functions, so the rules docs/quizzes.md
 * states are the rules the tests pin. Which questions are scored is ./scored.ts's (the quiz needs
 * it as it renders; the scores only once the learner answers).
 */

/** Full credit for the one right option, none otherwise. */
export function scoreSingle(question: QuestionOf<"single">, optionId: string): number {
  return question.options.find((option) => option.id === optionId)?.correct ? 1 : 0;
}

/**
 * Partial credit: each right option picked earns an equal share of the credit, each wrong option
 * picked takes one share back, and the total never falls below zero. Picking everything
 * therefore earns nothing more than picking only the right ones.
 */
export function scoreMultiple(question: QuestionOf<"multiple">, picked: readonly string[]): number {
  const rightCount = question.options.filter((option) => option.correct).length;
  let shares = 0;
  for (const option of question.options) {
    if (picked.includes(option.id)) shares += option.correct ? 1 : -1;
  }
  return Math.max(0, shares) / rightCount;
}

/** Full credit when the learner's true or false matches the statement. */
export function scoreTrueFalse(question: QuestionOf<"true-false">, answer: boolean): number {
  return answer === question.answer ? 1 : 0;
}

/** Partial credit: the share of items the learner put in their right place. */
export function scoreOrdering(question: QuestionOf<"ordering">, order: readonly string[]): number {
  const inPlace = question.items.filter((item, index) => order[index] === item.id).length;
  return inPlace / question.items.length;
}

/**
 * Partial credit: the share of left-hand items matched right. `matches` maps each pair's id to
 * the id of the pair whose right-hand text the learner chose; two pairs with the same
 * right-hand text are interchangeable.
 */
export function scoreMatching(
  question: QuestionOf<"matching">,
  matches: Readonly<Record<string, string>>,
): number {
  const rightText = new Map(question.pairs.map((pair) => [pair.id, pair.right]));
  const matched = question.pairs.filter(
    (pair) => rightText.get(matches[pair.id] ?? "") === pair.right,
  ).length;
  return matched / question.pairs.length;
}
