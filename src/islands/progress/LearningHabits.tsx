import { questionKey } from "../../lib/ids";
import { useStore } from "@nanostores/preact";
import { LEARNED_BOX, boxIntervals } from "../../lib/review/review";
import { dueReviews, nextReviewDay } from "../../lib/review/queue";
import { emptyProgress, type Progress } from "../../lib/record/record";
import type { CourseOutline } from "../../lib/record/summary";
import { calibrate, describeCalibration } from "../../lib/quiz/results";
import { $progress } from "../../stores/progress";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { siteHref } from "../../lib/site-url";
import CalibrationChart from "../charts/CalibrationChart";
import ReviewBoxes from "../charts/ReviewBoxes";

/** Confidence against correctness over every quiz, and where the review queue stands. */
export default function LearningHabits({ outline }: { outline: CourseOutline }) {
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();

  // Every current answer to a scored question, keyed "<quiz>/<question>" so quizzes never clash.
  const answers: Record<string, Progress["quizzes"][string]["answers"][string]> = {};
  const keys: string[] = [];
  for (const quiz of outline.modules.flatMap((module) => module.quizzes)) {
    for (const questionId of quiz.questionIds) {
      const key = questionKey(quiz.id, questionId);
      keys.push(key);
      const answer = progress.quizzes[quiz.id]?.answers[questionId];
      if (answer && Object.hasOwn(progress.quizzes, quiz.id)) answers[key] = answer;
    }
  }
  const calibration = calibrate(answers, keys);
  const known = new Set(keys);
  const queue = Object.entries(progress.review ?? {}).filter(([key]) => known.has(key));
  const learned = queue.filter(([, item]) => item.box === LEARNED_BOX).length;
  const waiting = queue.length - learned;
  const boxCounts = [...boxIntervals.map((_, index) => index + 1), LEARNED_BOX].map(
    (box) => queue.filter(([, item]) => item.box === box).length,
  );
  const due = dueReviews(progress.review, new Date(), known).length;
  const next = nextReviewDay(progress.review, known);

  return (
    <div class="learning-habits">
      <h3>How sure you were, and how it went</h3>
      {calibration ? (
        <>
          <CalibrationChart calibration={calibration} />
          <ul>
            {describeCalibration(calibration).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Quizzes that ask “How sure are you?” show here how often you were right when you were
          sure. None answered yet.
        </p>
      )}
      <h3>Review</h3>
      {queue.length > 0 && <ReviewBoxes counts={boxCounts} />}
      <p>
        {waiting === 0 && learned === 0
          ? "No questions are waiting for review."
          : `${waiting} ${waiting === 1 ? "question is" : "questions are"} waiting for review, ${due} due today; ${learned} learned through review.`}{" "}
        {due > 0 ? (
          <a href={siteHref("/review/")}>Review now</a>
        ) : (
          next && `The next one comes back on ${formatDay(next)}.`
        )}
      </p>
    </div>
  );
}
