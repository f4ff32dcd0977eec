import type { Progress } from "../record/record";
import type { QuestionOf } from "../../schemas/quiz";
import { lang, t } from "../../i18n/client";
import { plural } from "../../i18n/format";

/*
 * What a learner is shown after answering: how confidence matched correctness, and a
 * self-assessment profile. Pure functions over the stored answers.
 */

type StoredAnswer = Progress["quizzes"][string]["answers"][string];
type Confidence = NonNullable<StoredAnswer["confidence"]>;

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
  const calibration: Calibration = {
    sure: { right: 0, total: 0 },
    unsure: { right: 0, total: 0 },
    unknown: { right: 0, total: 0 },
  };
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

/** "it was right", "none was right", "2 were right": a tally as a reader would say it. */
function rightWords({ right, total }: Tally): { rightWords: string } {
  const words =
    right === 0
      ? total === 1
        ? t.quiz.itWasWrong
        : t.quiz.noneRight
      : right === total
        ? total === 1
          ? t.quiz.itWasRight
          : t.quiz.allRight
        : plural(lang(), t.quiz.someRight, right);
  return { rightWords: words };
}

/**
 * The calibration in sentences a learner reads, one per level of confidence, in the page's
 * language. Each says what it means once, in the same sentence: well-placed confidence,
 * mistakes made while sure (worth a second look), or knowledge the learner doubted.
 */
export function describeCalibration(calibration: Calibration): string[] {
  const { sure, unsure, unknown } = calibration;
  const sureWrong = sure.total - sure.right;
  const lines: string[] = [];
  if (sure.total > 0) {
    lines.push(
      plural(lang(), t.quiz.sureRight, sure.total, {
        ...rightWords(sure),
        note: sureWrong > 0 ? plural(lang(), t.quiz.sureWrongNote, sureWrong) : t.quiz.wellPlaced,
      }),
    );
  }
  if (unsure.total > 0) {
    lines.push(
      plural(lang(), t.quiz.unsureRight, unsure.total, {
        ...rightWords(unsure),
        note: unsure.right > 0 ? t.quiz.knowMore : "",
      }),
    );
  }
  if (unknown.total > 0) {
    lines.push(
      unknown.total === 2
        ? t.quiz.saidUnknownTwice
        : plural(lang(), t.quiz.saidUnknown, unknown.total),
    );
  }
  return lines;
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
