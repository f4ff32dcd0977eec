/** How a choice is marked once answered, in words as well as in style. */
export type ChoiceMark = "correct" | "incorrect" | "missed" | undefined;

import { t } from "../../i18n/client";

const markWords = (): Record<NonNullable<ChoiceMark>, string> => ({
  correct: t.quiz.markCorrect,
  incorrect: t.quiz.markIncorrect,
  missed: t.quiz.markMissed,
});

/** One radio or checkbox with its label: unchecked until answered, then showing the answer. */
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
      <span>
        {props.text}
        {props.mark && <span class="option-mark"> — {markWords()[props.mark]}</span>}
      </span>
    </label>
  );
}
