import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import type { QuestionOf } from "../../schemas/quiz";
import { REFLECTION_MAX_LENGTH } from "../../vocabulary/record";
import { fieldValue } from "./dom";
import { questionDomId, type QuestionProps } from "./types";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { t } from "../../i18n/browser/client";
import { onDemand, useOnDemand } from "../on-demand";

/** The empathy map's box labels and hints in the page's language, in the grid's order. */
export const empathyLabels = () => [
  t.quiz.empathySays,
  t.quiz.empathyThinks,
  t.quiz.empathyDoes,
  t.quiz.empathyFeels,
];
const empathyHints = () => [
  t.quiz.empathySaysHint,
  t.quiz.empathyThinksHint,
  t.quiz.empathyDoesHint,
  t.quiz.empathyFeelsHint,
];

/** A saved text's view, with its date (./reflection-saved.tsx): only once there is one. */
const savedCode = onDemand(() => import("./reflection-saved"));

/** The most a reflection may hold; the record refuses longer text. */
const MAX_LENGTH = REFLECTION_MAX_LENGTH;

type SavedReflection = Progress["reflections"][string];

/** What a reflection needs beyond the common question props. */
interface ReflectionProps extends Omit<QuestionProps<QuestionOf<"reflection">>, "onAnswer"> {
  /** The text saved on this device, once there is one. */
  saved: SavedReflection | undefined;
  onSave: (text: string) => void;
  /** An empathy map's code, for a reflection laid out as one (loaded by question-types.ts). */
  empathyMap?: typeof import("./EmpathyGrid") | undefined;
}

/**
 * Free text the learner writes for themselves. It is kept only in this browser, never scored,
 * and shown back on every later visit, where it can be edited.
 */
export function Reflection(props: ReflectionProps) {
  const { quizId, question } = props;
  const domId = questionDomId(quizId, question.id);
  const [editing, setEditing] = useState(false);
  const [missing, setMissing] = useState(false);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // A saved text shows with its date: once the code that shows it is there.
  const code = useOnDemand(savedCode, Boolean(props.saved));
  const saved = code && props.saved;
  const writing = !saved || editing;

  // The button pressed disappears: focus what replaces it.
  const switchTo = (nextEditing: boolean) => {
    setEditing(nextEditing);
    const first = map ? boxId(0) : `${domId}-text`;
    const target = nextEditing ? first : `${domId}-edit`;
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };

  const map = question.layout === "empathy-map" ? props.empathyMap : undefined;
  const boxId = (index: number) => `${domId}-${map?.EMPATHY_PARTS[index]}`;
  const savedBoxes = map?.splitEmpathyMap(empathyLabels(), saved?.text ?? "") ?? [];

  const save = () => {
    const fieldset = fieldsetRef.current;
    const text = !fieldset
      ? ""
      : map
        ? map.joinEmpathyMap(
            empathyLabels(),
            map.EMPATHY_PARTS.map((_, index) => fieldValue(fieldset, boxId(index))),
          )
        : fieldValue(fieldset, `${domId}-text`).trim();
    if (!text) return setMissing(true);
    setMissing(false);
    setEditing(false);
    props.onSave(text);
  };

  // Under the four boxes or the one: save, and cancel while changing what was saved.
  const saveOrCancel = (
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
  );

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
      {writing && map ? (
        <>
          <div class="empathy-grid empathy-fields" role="group" aria-label={t.quiz.yourEmpathyMap}>
            {empathyLabels().map((label, index) => (
              <div class="empathy-box" data-part={map.EMPATHY_PARTS[index]} key={label}>
                <label for={boxId(index)}>{label}</label>
                <span class="empathy-hint" id={`${boxId(index)}-hint`}>
                  {empathyHints()[index]}
                </span>
                <textarea
                  id={boxId(index)}
                  rows={3}
                  maxLength={MAX_LENGTH / 4 - 20}
                  aria-describedby={`${boxId(index)}-hint ${domId}-hint`}
                  defaultValue={savedBoxes[index]}
                />
              </div>
            ))}
          </div>
          {saveOrCancel}
        </>
      ) : writing ? (
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
          {saveOrCancel}
        </>
      ) : (
        <code.SavedText editId={`${domId}-edit`} onEdit={() => switchTo(true)}>
          {map ? (
            <map.EmpathyGrid labels={empathyLabels()} values={savedBoxes} />
          ) : (
            <blockquote class="reflection-saved">{saved.text}</blockquote>
          )}
        </code.SavedText>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {missing && writing && <p>{t.quiz.writeFirst}</p>}
        {saved && !editing && <p>{code.savedOn(saved.updatedAt)}</p>}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
