import { confidenceLevels, type Confidence } from "../../vocabulary/record";
import type { Progress } from "../record/record";
import type { QuestionOf } from "../../schemas/quiz";

/*
 * What a learner is shown after answering: how confidence matched correctness, and a
 * self-assessment profile. Pure functions over the stored answers; the sentences are
 * islands/quiz/calibration-words.ts.
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

/** One dimension of a self-assessment profile. */
export interface DimensionScore {
  id: string;
  name: string;
  description: string;
  /** Mean rating of the dimension's statements, from 1 to the number of labels. */
  average: number;
  /** The label nearest the mean. */
  label: string;
}

/**
 * A self-assessment profile: the mean rating of each dimension's statements. `ratings` maps a
 * statement id to its point on the scale, 1 for the first label. Unrated dimensions are left out.
 */
export function scaleProfile(
  question: QuestionOf<"scale">,
  ratings: Readonly<Record<string, number | string>>,
): DimensionScore[] {
  const profile: DimensionScore[] = [];
  for (const dimension of question.dimensions) {
    const points = question.statements
      .filter((statement) => statement.dimension === dimension.id)
      .map((statement) => Number(ratings[statement.id]))
      .filter((point) => Number.isInteger(point) && point >= 1 && point <= question.labels.length);
    if (points.length === 0) continue;
    const average = points.reduce((sum, point) => sum + point, 0) / points.length;
    profile.push({
      id: dimension.id,
      name: dimension.name,
      description: dimension.description,
      average,
      label: question.labels[Math.round(average) - 1]!,
    });
  }
  return profile;
}
