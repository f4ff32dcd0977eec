import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import type { ScoredQuestion as Scored } from "../../lib/quiz/scored";
import { ConfidencePicker } from "./ConfidencePicker";
import { checkedValues } from "./dom";
import { questionDomId, type Confidence, type QuestionProps, type StoredAnswer } from "./types";
import { useAttemptState } from "./useAttemptState";
import { verdictOf } from "./Verdict";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { t } from "../../i18n/browser/client";
import { onDemand, useOnDemand } from "../on-demand";

/** The feedback panels and the scoring (./feedback.tsx): loaded with an answer, not the quiz. */
export const feedbackCode = onDemand(() => import("./feedback"));
type FeedbackCode = typeof import("./feedback");

/** What a question type adds to the frame every scored question shares. */
interface ScoredQuestionProps extends QuestionProps<Exclude<Scored, { type: "scenario" }>> {
  /** A short instruction under the prompt. */
  hint?: string;
  /**
   * The learner's answer read from the form, and how to score it once the feedback code has
   * loaded; a string says what is missing.
   */
  collect: (fieldset: HTMLFieldSetElement) =>
    | {
        value: StoredAnswer["value"];
        score: (code: FeedbackCode) => number;
      }
    | string;
  /**
   * Why the stored answer is right or wrong, or for a learner who said "I don't know", the right
   * answer and why: from the feedback code.
   */
  feedback: (code: FeedbackCode, answer: StoredAnswer) => ComponentChildren;
  children: ComponentChildren;
}

/**
 * A scored question's frame: fieldset and legend, the optional "how sure are you?", the check
 * button, and a live feedback region that the quiz moves focus to after checking.
 */
export function ScoredQuestion(props: ScoredQuestionProps) {
  const { quizId, question, answer, askConfidence } = props;
  const domId = questionDomId(quizId, question.id);
  const [confidence, setConfidence] = useAttemptState<Confidence | undefined>(
    props.attempt,
    () => undefined,
  );
  const [missing, setMissing] = useAttemptState<string | null>(props.attempt, () => null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // The quiz asks for it on the first focus, and shows stored answers once it has come.
  const code = useOnDemand(feedbackCode, Boolean(answer));

  const submit = () => {
    const fieldset = fieldsetRef.current;
    if (!fieldset) return;
    const stated = askConfidence
      ? (checkedValues(fieldset, `${domId}-confidence`)[0] as Confidence | undefined)
      : undefined;
    if (stated === "unknown") {
      setMissing(null);
      props.onAnswer({ value: null, score: 0, confidence: "unknown" });
      return;
    }
    const collected = props.collect(fieldset);
    if (typeof collected === "string") return setMissing(collected);
    if (askConfidence && !stated) {
      return setMissing(t.quiz.sayHowSure);
    }
    setMissing(null);
    feedbackCode.use((loaded) =>
      props.onAnswer({
        value: collected.value,
        score: collected.score(loaded),
        ...(stated ? { confidence: stated } : {}),
      }),
    );
  };

  return (
    <QuestionFrame
      domId={domId}
      type={question.type}
      answered={Boolean(answer)}
      verdict={verdictOf(answer)}
      number={props.number}
      total={props.total}
      prompt={question.prompt}
      fieldsetRef={fieldsetRef}
    >
      {props.hint && <p class="question-hint">{props.hint}</p>}
      {props.children}
      {askConfidence && (
        <ConfidencePicker
          key={props.attempt}
          name={`${domId}-confidence`}
          chosen={answer?.confidence}
          answered={Boolean(answer)}
          onChange={setConfidence}
        />
      )}
      {!answer && (
        <button type="button" class="button check-button" onClick={submit}>
          {confidence === "unknown" ? t.quiz.showAnswer : t.quiz.check}
        </button>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {missing && !answer && <p>{missing}</p>}
        {answer && code && (
          <code.FeedbackPanel
            answer={answer}
            explanation={"explanation" in question ? question.explanation : undefined}
          >
            {props.feedback(code, answer)}
          </code.FeedbackPanel>
        )}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
