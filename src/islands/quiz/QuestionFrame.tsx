import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import type { ComponentChildren, Ref } from "preact";

/** What every question's frame needs to know. */
interface QuestionFrameProps {
  domId: string;
  type: string;
  answered: boolean;
  /** How the answer went: the card takes its colour and the feedback panel its heading. */
  verdict?: string | undefined;
  number: number;
  total: number;
  prompt: string;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  children: ComponentChildren;
}

/**
 * The fieldset and legend every question type shares: screen readers announce the question's
 * number and prompt as the group's name, and the feedback region describes it.
 */
export function QuestionFrame(props: QuestionFrameProps) {
  return (
    <fieldset
      id={props.domId}
      class="question"
      data-type={props.type}
      data-answered={props.answered ? "" : undefined}
      data-verdict={props.verdict}
      aria-describedby={`${props.domId}-feedback`}
      ref={props.fieldsetRef}
    >
      <legend>
        <span class="question-number">
          {fill(t.quiz.questionOf, { number: props.number, total: props.total })}
        </span>
        {props.prompt}
      </legend>
      {props.children}
    </fieldset>
  );
}

/**
 * The region where a question's feedback appears: it describes the frame above (same id), the
 * quiz moves focus to it after an answer, and screen readers hear it as it changes.
 */
export function QuestionFeedback(props: {
  domId: string;
  feedbackRef: (element: HTMLElement | null) => void;
  children: ComponentChildren;
}) {
  return (
    <div
      class="feedback"
      id={`${props.domId}-feedback`}
      role="status"
      tabIndex={-1}
      ref={props.feedbackRef}
    >
      {props.children}
    </div>
  );
}
