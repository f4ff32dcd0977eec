import { useOnDemand } from "../on-demand";
import { feedbackCode } from "./ScoredQuestion";
import type { ChoiceMark } from "./types";

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
