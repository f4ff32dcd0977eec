import {
  recordAnswer,
  recordReflection,
  startNewAttempt,
  type AnswerEvent,
} from "../lib/record/quiz";
import { recordForReview } from "../lib/record/review";
import { updateProgress } from "./progress";

/*
 * What a quiz changes in the learner's record. Each one is a pure function from
 * src/lib/record/quiz.ts applied to the record as storage holds it now, so another tab's
 * changes are never overwritten with a stale copy.
 */

/**
 * Keep one answer, scoring the attempt and completing the module when it is time; a wrong,
 * unsure or "I don't know" answer also joins the review queue.
 */
export function answerQuestion(event: Omit<AnswerEvent, "now">): void {
  updateProgress("answer", (progress, now) =>
    recordForReview(recordAnswer(progress, { ...event, now: now.toISOString() }), event, now),
  );
}

/** Keep a reflection's text on this device and count the reflection as answered. */
export function saveReflection(
  event: Omit<AnswerEvent, "value" | "score" | "confidence" | "now"> & { text: string },
): void {
  updateProgress("reflect", (progress, now) =>
    recordReflection(progress, { ...event, now: now.toISOString() }),
  );
}

/** Start a quiz again, keeping the answers to `keep` (self-assessments are not retaken). */
export function retryQuizKeeping(quizId: string, keep: readonly string[]): void {
  updateProgress("retry quiz", (progress) => startNewAttempt(progress, quizId, keep));
}
