import { useRef, useState } from "preact/hooks";
import type { QuestionOf } from "../../schemas/quiz";
import { onDemand, useOnDemand } from "../on-demand";
import { checkedValues } from "./dom";
import { questionDomId, type QuestionProps, recordValue } from "./types";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** The profile's code: only once there are ratings to show. */
const profileCode = onDemand(() => import("./ScaleProfile"));

/**
 * A self-assessment: statements rated on a scale, with no right answer. The learner sees a
 * profile (the mean rating per dimension) and can rate again at any time.
 */
export function Scale(props: QuestionProps<QuestionOf<"scale">>) {
  const { quizId, question, answer } = props;
  const domId = questionDomId(quizId, question.id);
  const [editing, setEditing] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // Ratings show as their profile: once its code is there.
  const Profile = useOnDemand(profileCode, Boolean(recordValue(answer)))?.ScaleProfile;
  const ratings = Profile && recordValue(answer);
  const rating = !ratings || editing;
  const nameOf = (statementId: string) => `${domId}-${statementId}`;

  const submit = () => {
    const fieldset = fieldsetRef.current;
    if (!fieldset) return;
    const chosen: Record<string, number> = {};
    for (const statement of question.statements) {
      const point = checkedValues(fieldset, nameOf(statement.id))[0];
      if (point === undefined) return setMissing(fill(t.quiz.rateEvery, { text: statement.text }));
      chosen[statement.id] = Number(point);
    }
    setMissing(null);
    setEditing(false);
    profileCode.use(() => {});
    // Any honest rating is a full answer; the quiz leaves scales out of the score.
    props.onAnswer({ value: chosen, score: 1 });
  };

  const rateAgain = () => {
    setEditing(true);
    requestAnimationFrame(() =>
      fieldsetRef.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus(),
    );
  };

  return (
    <QuestionFrame
      domId={domId}
      type="scale"
      answered={Boolean(ratings)}
      number={props.number}
      total={props.total}
      prompt={question.prompt}
      fieldsetRef={fieldsetRef}
    >
      <p class="question-hint">{t.quiz.scaleHint}</p>
      {rating ? (
        <>
          {question.statements.map((statement) => (
            <fieldset class="scale-statement" key={statement.id}>
              <legend>{statement.text}</legend>
              <div class="scale-points">
                {question.labels.map((label, index) => (
                  <label class="option scale-point" key={label}>
                    <input
                      type="radio"
                      name={nameOf(statement.id)}
                      value={index + 1}
                      defaultChecked={Number(ratings?.[statement.id]) === index + 1}
                    />
                    <span>{label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="button" class="button" onClick={submit}>
            {t.quiz.showProfile}
          </button>
        </>
      ) : (
        <button type="button" class="button button-secondary" onClick={rateAgain}>
          {t.quiz.rateAgain}
        </button>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {missing && rating && <p>{missing}</p>}
        {ratings && !editing && <Profile question={question} ratings={ratings} />}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
