import type { Calibration, Tally } from "../../lib/quiz/results";
import { lang, t } from "../../i18n/browser/client";
import { plural } from "../../i18n/format";

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
