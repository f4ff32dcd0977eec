import type { Progress } from "../../lib/record/record";

/** An answer as kept in the learner's record. */
export type StoredAnswer = Progress["quizzes"][string]["answers"][string];

/** How sure the learner said they were. */
export type { Confidence } from "../../vocabulary/record";
import type { Confidence } from "../../vocabulary/record";

/** What a question reports when the learner submits an answer. */
export interface Response {
  value: StoredAnswer["value"];
  /** Credit from 0 to 1. */
  score: number;
  confidence?: Confidence;
}

/** What the quiz gives every question component. */
export interface QuestionProps<Q> {
  quizId: string;
  question: Q;
  /** Position in the quiz, from 1. */
  number: number;
  total: number;
  /** The stored answer of the current attempt, once there is one. */
  answer: StoredAnswer | undefined;
  /** Attempt number from 1: seeds shuffles, so a retry shows a new order. */
  attempt: number;
  /** Ask "how sure are you?" before checking. */
  askConfidence: boolean;
  onAnswer: (response: Response) => void;
  /** Where the quiz moves focus after an answer: the question's feedback. */
  feedbackRef: (element: HTMLElement | null) => void;
}

/** The DOM id prefix of a question's elements. */
export const questionDomId = (quizId: string, questionId: string) => `${quizId}-${questionId}`;

/** A stored answer's value when it is a record (matching pairs, scale ratings), else undefined. */
export function recordValue(
  answer: StoredAnswer | undefined,
): Record<string, string | number> | undefined {
  const value = answer?.value;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

/**
 * How a choice is marked once answered, in words as well as in style: the learner's right
 * answer, their wrong one, a right answer they left out, and the right answer they did not pick.
 */
export type ChoiceMark = "correct" | "incorrect" | "missed" | "answer" | undefined;
