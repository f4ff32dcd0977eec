/**
 * How a choice is marked once answered, in words as well as in style: the learner's right
 * answer, their wrong one, a right answer they left out, and the right answer they did not pick.
 */
export type ChoiceMark = "correct" | "incorrect" | "missed" | "answer" | undefined;

import { t } from "../../i18n/browser/client";

/** Each mark's symbol and words; the symbol is a picture, the words say it. */
export const markWords = (): Record<NonNullable<ChoiceMark>, [string, string]> => ({
  correct: ["✓", t.quiz.markCorrect],
  incorrect: ["✗", t.quiz.markIncorrect],
  missed: ["○", t.quiz.markMissed],
  answer: ["✓", t.quiz.markAnswer],
});

/** A mark as a badge: a symbol and its words. */
export function Mark({ mark }: { mark: NonNullable<ChoiceMark> }) {
  const [symbol, words] = markWords()[mark];
  return (
    <span class="option-mark" data-mark={mark}>
      <span aria-hidden="true">{symbol}</span> {words}
    </span>
  );
}

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
        {props.mark && (
          <>
            <span class="visually-hidden"> — </span>
            <Mark mark={props.mark} />
          </>
        )}
      </span>
    </label>
  );
}
