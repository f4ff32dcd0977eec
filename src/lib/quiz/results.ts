import { confidenceLevels, type Confidence } from "../../vocabulary/record";
import type { Progress } from "../record/record";

/*
 * What a learner is shown after answering: how confidence matched correctness (the
 * self-assessment profile is scale.ts). Pure functions over the stored answers; the sentences
 * are islands/quiz/calibration-words.ts.
 */

type StoredAnswer = Progress["quizzes"][string]["answers"][string];

/** Right answers out of answers given, for one level of confidence. */
export interface Tally {
  right: number;
  total: number;
}

/** How the learner's stated confidence lined up with their answers in one attempt. */
export type Calibration = Record<Confidence, Tally>;

/** Tally the scored answers that carry a confidence; undefined when none do. */
export function calibrate(
  answers: Readonly<Record<string, StoredAnswer>>,
  scoredQuestionIds: readonly string[],
): Calibration | undefined {
  const calibration = Object.fromEntries(
    confidenceLevels.map((level) => [level, { right: 0, total: 0 }]),
  ) as Calibration;
  let any = false;
  for (const id of scoredQuestionIds) {
    const answer = answers[id];
    if (!answer?.confidence) continue;
    any = true;
    calibration[answer.confidence].total += 1;
    if (answer.correct) calibration[answer.confidence].right += 1;
  }
  return any ? calibration : undefined;
}
