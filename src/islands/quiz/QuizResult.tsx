import type { Ref } from "preact";
import type { QuizProgress } from "../../lib/record/record";
import { calibrate, describeCalibration } from "../../lib/quiz/results";
import { percent } from "../../lib/labels";
import { scoreAnswers } from "../../lib/quiz/progress";
import type { StoredAnswer } from "./types";

/** The quiz's result: score against the pass mark, confidence against correctness, retry. */
export function QuizResult(props: {
  regionRef: Ref<HTMLDivElement>;
  stored: QuizProgress | undefined;
  answers: Record<string, StoredAnswer>;
  scoredIds: string[];
  unscoredIds: string[];
  finished: boolean;
  passMark: number;
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
  const onlyUnscored = scoredIds.length === 0;
  const unscoredDone = props.unscoredIds.every((id) => answers[id]);

  return (
    <div class="quiz-result" role="status" tabIndex={-1} ref={props.regionRef}>
      {props.finished && (
        <>
          <p>
            <strong>
              {score >= passMark ? "✓ Passed." : "Not passed yet."} You answered {fullyRight} of{" "}
              {scoredIds.length} correctly ({percent(score)}
              {partial ? " with partial credit" : ""}); the pass mark is {percent(passMark)}.
            </strong>
          </p>
          {stored?.bestScore !== undefined && stored.attempts > 1 && (
            <p>Your best score: {percent(stored.bestScore)}.</p>
          )}
          {calibration && (
            <div class="calibration">
              <p>
                <strong>How sure you were, and how it went:</strong>
              </p>
              <ul>
                {describeCalibration(calibration).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" class="button" onClick={props.onRetry}>
            Try again
          </button>
        </>
      )}
      {!props.finished && !onlyUnscored && stored?.bestScore !== undefined && (
        <p>
          Your best score so far: {percent(stored.bestScore)}
          {stored.passed ? " (passed)" : ""}.
        </p>
      )}
      {onlyUnscored && unscoredDone && (
        <p>
          <strong>✓ Done.</strong> Thank you for answering. Nothing here is scored; come back and
          change your answers whenever you like.
        </p>
      )}
    </div>
  );
}
