import { questionKey } from "../../vocabulary/ids";
import { useStore } from "../useStore";
import { LEARNED_BOX, boxIntervals } from "../../lib/review/review";
import { dueReviews, nextReviewDay } from "../../lib/review/queue";
import { emptyProgress, type Progress } from "../../lib/record/record";
import type { CourseOutline } from "../../lib/record/summary";
import { calibrate } from "../../lib/quiz/results";
import { describeCalibration } from "../quiz/calibration-words";
import { $progress } from "../../stores/progress";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import CalibrationChart from "../charts/CalibrationChart";
import ReviewBoxes from "../charts/ReviewBoxes";
import { pageHref } from "../page-href";

/** Confidence against correctness over every quiz, and where the review queue stands. */
export default function LearningHabits(props: { outline: CourseOutline; strings: IslandStrings }) {
  useStrings(props.strings);
  const { outline } = props;
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
      <h3>{t.habits.howSure}</h3>
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
        <p>{t.habits.noneYet}</p>
      )}
      <h3>{t.habits.review}</h3>
      {queue.length > 0 && <ReviewBoxes counts={boxCounts} />}
      <p>
        {waiting === 0 && learned === 0
          ? t.habits.noneWaiting
          : plural(lang(), t.habits.waiting, waiting, { due, learned })}{" "}
        {due > 0 ? (
          <a href={pageHref("/review/")}>{t.habits.reviewNow}</a>
        ) : (
          next && fill(t.habits.nextOn, { date: formatDay(next) })
        )}
      </p>
    </div>
  );
}
