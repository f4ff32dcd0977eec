import { queueAfterReview } from "../review/answer";
import type { ReviewOutcome } from "../review/review";
import type { Progress } from "./record";

/** The record after a review session's answer to the question kept under `key`. */
export function recordReviewAnswer(
  progress: Progress,
  key: string,
  outcome: ReviewOutcome,
  now: Date,
): Progress {
  return { ...progress, review: queueAfterReview(progress.review ?? {}, key, outcome, now) };
}
