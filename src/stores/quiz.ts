import { $progress } from "./progress";
import { recordReflection, startNewAttempt, type AnswerEvent } from "../lib/quiz-progress";

/*
 * Quiz actions beyond answerQuestion and retryQuiz in ./progress. Each one is a pure function
 * from src/lib/quiz-progress.ts applied to the current record, so another tab's changes (kept
 * in step by the persistent store) are never overwritten with a stale copy.
 */

/** Keep a reflection's text on this device and count the reflection as answered. */
export function saveReflection(
  event: Omit<AnswerEvent, "value" | "score" | "confidence" | "now"> & { text: string },
): void {
  $progress.set(recordReflection($progress.get(), { ...event, now: new Date().toISOString() }));
}

/** Start a quiz again, keeping the answers to `keep` (self-assessments are not retaken). */
export function retryQuizKeeping(quizId: string, keep: readonly string[]): void {
  $progress.set(startNewAttempt($progress.get(), quizId, keep));
}
