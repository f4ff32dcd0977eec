/*
 * The question types a quiz can hold, and which of them are scored against the pass mark:
 * declared once, without zod, so that the content schema (build time) and the quiz islands,
 * the review and the packages (browser) read the same list.
 */

/** Every question type an author can write, in the order the guides show them: scored or not. */
const scored = {
  single: true,
  multiple: true,
  "true-false": true,
  ordering: true,
  matching: true,
  scenario: true,
  reflection: false,
  scale: false,
} as const;

export type QuestionType = keyof typeof scored;
/** The types whose answers count towards the pass mark (reflections and scales do not). */
export type ScoredQuestionType = {
  [Type in QuestionType]: (typeof scored)[Type] extends true ? Type : never;
}[QuestionType];

/** Every question type, in the guides' order. */
export const questionTypes = Object.keys(scored) as QuestionType[];

/** Whether answers to questions of `type` are scored. */
export const isScoredType = (type: string): type is ScoredQuestionType =>
  Object.hasOwn(scored, type) && scored[type as QuestionType];
