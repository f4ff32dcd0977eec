import type { ComponentChildren, Ref } from "preact";

/** What every question's frame needs to know. */
interface QuestionFrameProps {
  domId: string;
  type: string;
  /** Extra class beside "question", for types styled apart (scale, scenario, reflection). */
  className?: string;
  answered: boolean;
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
      class={props.className ? `question ${props.className}` : "question"}
      data-type={props.type}
      data-answered={props.answered ? "" : undefined}
      aria-describedby={`${props.domId}-feedback`}
      ref={props.fieldsetRef}
    >
      <legend>
        <span class="question-number">
          Question {props.number} of {props.total}
        </span>
        {props.prompt}
      </legend>
      {props.children}
    </fieldset>
  );
}
