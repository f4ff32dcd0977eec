import { questionKey } from "../../vocabulary/ids";
import { needsReview, queueAfterAnswer, type ReviewOutcome } from "../review/review";
import type { Progress } from "./record";

/*
 * The review queue's change to the record when a module's quiz is answered: a question worth
 * coming back to goes in the queue (the rules are in lib/review/). A review session's answers
 * are review-session.ts, which only the review page loads.
 */

/** What the quiz reports about one answer, as far as the queue needs it. */
export interface QueuedAnswer {
  quizId: string;
  questionId: string;
  /** The quiz's scored question ids: only these are reviewed. */
  questionIds: readonly string[];
  score: number;
  confidence?: ReviewOutcome["confidence"];
}

/** The record with a module answer's effect on the review queue (scored questions only). */
export function recordForReview(progress: Progress, answer: QueuedAnswer, now: Date): Progress {
  if (!answer.questionIds.includes(answer.questionId)) return progress;
  const outcome = { correct: answer.score >= 1, confidence: answer.confidence };
  if (!needsReview(outcome)) return progress;
  const key = questionKey(answer.quizId, answer.questionId);
  return { ...progress, review: queueAfterAnswer(progress.review ?? {}, key, outcome, now) };
}
