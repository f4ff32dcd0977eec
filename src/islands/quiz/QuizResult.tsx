import type { QuizProgress } from "../../lib/record/record";
import { calibrate } from "../../lib/quiz/results";
import { describeCalibration } from "./calibration-words";
import { percent } from "../labels";
import { scoreAnswers } from "../../lib/record/quiz";
import type { StoredAnswer } from "./types";
import { ProgressRing } from "../ui/ProgressRing";

/** A question the learner may want to go back to: its number, prompt and where it is. */
export interface QuestionLink {
  id: string;
  number: number;
  prompt: string;
  domId: string;
}
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { labelled } from "../../i18n/browser/punctuation";

/**
 * The quiz's result: score against the pass mark, confidence against correctness, retry. Its
 * live region is the quiz's own (Quiz.tsx), there before this code loads.
 */
export function QuizResult(props: {
  stored: QuizProgress | undefined;
  answers: Record<string, StoredAnswer>;
  scoredIds: string[];
  unscoredIds: string[];
  finished: boolean;
  passMark: number;
  /** The scored questions, to name the ones answered surely but wrongly. */
  links: QuestionLink[];
  onRetry: () => void;
}) {
  const { stored, answers, scoredIds, passMark } = props;
  const score = scoreAnswers(answers, scoredIds);
  const fullyRight = scoredIds.filter((id) => answers[id]?.correct).length;
  const partial = scoredIds.some((id) => {
    const credit = answers[id]?.score ?? 0;
    return credit > 0 && credit < 1;
  });
  const calibration = calibrate(answers, scoredIds);
  const sureWrong = props.links.filter(
    (link) => answers[link.id]?.confidence === "sure" && !answers[link.id]?.correct,
  );
  const onlyUnscored = scoredIds.length === 0;
  const unscoredDone = props.unscoredIds.every((id) => answers[id]);

  return (
    <>
      {props.finished && (
        <>
          <div class="result-summary" data-passed={score >= passMark ? "" : undefined}>
            <ProgressRing
              value={score}
              mark={passMark}
              done={score >= passMark}
              centre={percent(score)}
              label={fill(t.quiz.scoreRing, { score: percent(score), mark: percent(passMark) })}
              size="6rem"
            />
            <p>
              <strong>
                {score >= passMark ? t.quiz.passed : t.quiz.notPassed}{" "}
                {fill(t.quiz.result, {
                  right: fullyRight,
                  total: scoredIds.length,
                  score: percent(score),
                  partial: partial ? t.quiz.withPartial : "",
                  mark: percent(passMark),
                })}
              </strong>
              {stored?.bestScore !== undefined && stored.attempts > 1 && (
                <> {fill(t.quiz.best, { score: percent(stored.bestScore) })}</>
              )}
            </p>
          </div>
          {calibration && (
            <div class="calibration">
              <p>
                <strong>{t.quiz.howSure}</strong>
              </p>
              <ul>
                {describeCalibration(calibration).map((line, index) => (
                  <li key={line}>
                    {line}
                    {/* The first line is the "sure" one: it ends by pointing to these. */}
                    {index === 0 && sureWrong.length > 0 && (
                      <ul class="revisit">
                        {sureWrong.map((link) => (
                          <li key={link.id}>
                            <a href={`#${link.domId}`}>
                              {labelled(
                                fill(t.quiz.questionOf, {
                                  number: link.number,
                                  total: props.links.length,
                                }),
                                link.prompt,
                              )}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {/* After a pass, trying again is a quiet choice; the page's next step is the module's end. */}
          <button
            type="button"
            class={score >= passMark ? "button button-quiet" : "button button-secondary"}
            onClick={props.onRetry}
          >
            {t.quiz.tryAgain}
          </button>
        </>
      )}
      {!props.finished && !onlyUnscored && stored?.bestScore !== undefined && (
        <p>
          {fill(t.quiz.bestSoFar, {
            score: percent(stored.bestScore),
            passed: stored.passed ? t.quiz.bestPassed : "",
          })}
        </p>
      )}
      {onlyUnscored && unscoredDone && (
        <p>
          <strong>{t.quiz.done}</strong> {t.quiz.doneText}
        </p>
      )}
    </>
  );
}
