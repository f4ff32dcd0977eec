/*
 * The question types a quiz can hold, and which of them are scored against the pass mark:
 * declared once, without zod, so that the content schema (build time) and the quiz islands,
 * the review and the packages (browser) read the same list.
 */

/** Every question type an author can write, in the order the guides show them. */
export const questionTypes = [
  "single",
  "multiple",
  "true-false",
  "ordering",
  "matching",
  "scenario",
  "reflection",
  "scale",
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The types whose answers count towards the pass mark (reflections and scales do not). */
export const scoredQuestionTypes = [
  "single",
  "multiple",
  "true-false",
  "ordering",
  "matching",
  "scenario",
] as const satisfies readonly QuestionType[];
export type ScoredQuestionType = (typeof scoredQuestionTypes)[number];

/** Whether answers to questions of `type` are scored. */
export const isScoredType = (type: string): type is ScoredQuestionType =>
  (scoredQuestionTypes as readonly string[]).includes(type);
