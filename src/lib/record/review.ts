import { questionKey } from "../../vocabulary/ids";
import { queueAfterReview } from "../review/answer";
import { needsReview, queueAfterAnswer, type ReviewOutcome } from "../review/review";
import type { Progress } from "./record";

/*
 * The review queue's changes to the record: an answer in a module may put a question in the
 * queue, and an answer in a review session moves it between boxes (the rules are in
 * lib/review/).
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

/** The record after a review session's answer to the question kept under `key`. */
export function recordReviewAnswer(
  progress: Progress,
  key: string,
  outcome: ReviewOutcome,
  now: Date,
): Progress {
  return { ...progress, review: queueAfterReview(progress.review ?? {}, key, outcome, now) };
}
