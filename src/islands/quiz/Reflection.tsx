import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import type { QuestionOf } from "../../schemas/quiz";
import { fieldValue } from "./dom";
import { questionDomId, type QuestionProps } from "./types";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { t } from "../../i18n/client";
import { fill } from "../../i18n/format";
import { formatDate } from "../review/dates";

/** The most a reflection may hold; the record refuses longer text. */
const MAX_LENGTH = 20_000;

type SavedReflection = Progress["reflections"][string];

/** What a reflection needs beyond the common question props. */
interface ReflectionProps extends Omit<QuestionProps<QuestionOf<"reflection">>, "onAnswer"> {
  /** The text saved on this device, once there is one. */
  saved: SavedReflection | undefined;
  onSave: (text: string) => void;
}

/**
 * Free text the learner writes for themselves. It is kept only in this browser, never scored,
 * and shown back on every later visit, where it can be edited.
 */
export function Reflection(props: ReflectionProps) {
  const { quizId, question, saved } = props;
  const domId = questionDomId(quizId, question.id);
  const [editing, setEditing] = useState(false);
  const [missing, setMissing] = useState(false);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const writing = !saved || editing;

  // The button pressed disappears: focus what replaces it.
  const switchTo = (nextEditing: boolean) => {
    setEditing(nextEditing);
    const target = nextEditing ? `${domId}-text` : `${domId}-edit`;
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };

  const save = () => {
    const text = fieldsetRef.current ? fieldValue(fieldsetRef.current, `${domId}-text`).trim() : "";
    if (!text) return setMissing(true);
    setMissing(false);
    setEditing(false);
    props.onSave(text);
  };

  return (
    <QuestionFrame
      domId={domId}
      type="reflection"
      answered={Boolean(saved)}
      number={props.number}
      total={props.total}
      prompt={question.prompt}
      fieldsetRef={fieldsetRef}
    >
      <p class="question-hint" id={`${domId}-hint`}>
        {question.hint && <>{question.hint} </>}
        {t.quiz.reflectionHint}
      </p>
      {writing ? (
        <>
          <label class="field-label" for={`${domId}-text`}>
            {t.quiz.yourReflection}
          </label>
          <textarea
            id={`${domId}-text`}
            rows={5}
            maxLength={MAX_LENGTH}
            aria-describedby={`${domId}-hint`}
            defaultValue={saved?.text ?? ""}
          />
          <div class="actions">
            <button type="button" class="button" onClick={save}>
              {t.quiz.saveHere}
            </button>
            {editing && (
              <button type="button" class="button button-secondary" onClick={() => switchTo(false)}>
                {t.quiz.cancel}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p class="field-label">{t.quiz.whatYouWrote}</p>
          <blockquote class="reflection-saved">{saved.text}</blockquote>
          <button
            type="button"
            id={`${domId}-edit`}
            class="button button-secondary"
            onClick={() => switchTo(true)}
          >
            {t.quiz.editReflection}
          </button>
        </>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {missing && writing && <p>{t.quiz.writeFirst}</p>}
        {saved && !editing && <p>{fill(t.quiz.savedOn, { date: formatDate(saved.updatedAt) })}</p>}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
