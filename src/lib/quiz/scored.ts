import type { Question, QuestionOf } from "../../schemas/quiz";
import { isScoredType, type ScoredQuestionType } from "../../vocabulary/questions";

/** A question whose answer counts towards the pass mark (src/vocabulary/questions.ts says which). */
export type ScoredQuestion = QuestionOf<ScoredQuestionType>;

/** Whether a question's answer counts towards the pass mark (reflections and scales do not). */
export function isScored(question: Question): question is ScoredQuestion {
  return isScoredType(question.type);
}

/** Whether a question offers "how sure are you?": the question's own flag, else the quiz's. */
export function asksConfidence(question: Question, quizDefault: boolean): boolean {
  if (question.type === "scenario" || !isScored(question)) return false;
  return question.confidence ?? quizDefault;
}
