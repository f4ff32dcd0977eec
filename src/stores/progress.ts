import { persistentAtom } from "@nanostores/persistent";
import { computed } from "nanostores";
import { decodeProgress, emptyProgress, type Progress } from "../lib/progress";
import { recordAnswer, startNewAttempt, type AnswerEvent } from "../lib/quiz-progress";

/** The localStorage key of the learner's record. */
export const PROGRESS_KEY = "cx-learning-map:progress";

/**
 * The learner's whole record. `listen: true` keeps tabs in step through the storage event;
 * decodeProgress never throws, so a bad value in storage cannot break a page.
 */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: JSON.stringify,
  decode: decodeProgress,
  listen: true,
});

/** Ids of the modules the learner has completed. */
export const $completedModules = computed($progress, (progress) =>
  Object.entries(progress.modules)
    .filter(([, module]) => module.status === "completed")
    .map(([id]) => id),
);

/** Keep one answer, scoring the attempt and completing the module when it is time. */
export function answerQuestion(event: Omit<AnswerEvent, "now">): void {
  $progress.set(recordAnswer($progress.get(), { ...event, now: new Date().toISOString() }));
}

/** Clear a quiz's answers so the learner can try again; best score and pass are kept. */
export function retryQuiz(quizId: string): void {
  $progress.set(startNewAttempt($progress.get(), quizId));
}
