/**
 * How a choice is marked once answered, in words as well as in style: the learner's right
 * answer, their wrong one, a right answer they left out, and the right answer they did not pick.
 */
export type ChoiceMark = "correct" | "incorrect" | "missed" | "answer" | undefined;

import { useOnDemand } from "../on-demand";
import { feedbackCode } from "./ScoredQuestion";

/** One answer card: a radio or checkbox with its label, unchecked until answered, then marked. */
export function ChoiceOption(props: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  text: string;
  answered: boolean;
  chosen: boolean;
  mark: ChoiceMark;
}) {
  // The mark's badge comes with the feedback (./feedback.tsx), as the answer does.
  const code = useOnDemand(feedbackCode, Boolean(props.mark));
  return (
    <label class="option" data-mark={props.mark}>
      <input
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        disabled={props.answered}
        checked={props.answered ? props.chosen : undefined}
      />
      <span class="option-text">
        {props.text}
        {props.mark && code && (
          <>
            <span class="visually-hidden"> — </span>
            <code.Mark mark={props.mark} />
          </>
        )}
      </span>
    </label>
  );
}
