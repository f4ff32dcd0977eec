import { recordReviewAnswer } from "../lib/record/review-session";
import type { ReviewOutcome } from "../lib/review/review";
import { updateProgress } from "./progress";

/** Move a question between review boxes after the learner answered it in a review session. */
export function answerReview(key: string, outcome: ReviewOutcome): void {
  updateProgress("review answer", (progress, now) =>
    recordReviewAnswer(progress, key, outcome, now),
  );
}
