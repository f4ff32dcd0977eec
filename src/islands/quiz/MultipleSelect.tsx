import type { QuestionOf } from "../../schemas/quiz";
import { scoreMultiple } from "../../lib/quiz/scoring";
import { seededScramble } from "../../lib/quiz/shuffle";
import { ChoiceOption, type ChoiceMark } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";

type Option = QuestionOf<"multiple">["options"][number];

const verdictWords: Record<NonNullable<ChoiceMark> | "left-out", string> = {
  correct: "✓ You chose this, and it is right.",
  incorrect: "✗ You chose this, but it is not right.",
  missed: "◐ You left this out, but it is right.",
  "left-out": "✓ You rightly left this out.",
};

/** Every option that applies; partial credit as stated in the schema and the README. */
export function MultipleSelect(props: QuestionProps<QuestionOf<"multiple">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);
  const options =
    attempt > 1 ? seededScramble(question.options, `${name}/${attempt}`) : question.options;
  const picked = Array.isArray(answer?.value) ? answer.value : [];
  const markOf = (option: Option): ChoiceMark => {
    if (!answer || answer.confidence === "unknown") return undefined;
    if (picked.includes(option.id)) return option.correct ? "correct" : "incorrect";
    return option.correct ? "missed" : undefined;
  };

  return (
    <ScoredQuestion
      {...props}
      hint="Choose every answer that applies. Each right choice earns part of the credit; each wrong one takes a part back."
      collect={(fieldset) => {
        const chosen = checkedValues(fieldset, name);
        if (chosen.length === 0) return "Choose at least one answer first.";
        return { value: chosen, score: scoreMultiple(question, chosen) };
      }}
      feedback={() => (
        <ul class="feedback-list">
          {options.map((option) => (
            <li key={option.id}>
              <strong>{verdictWords[markOf(option) ?? "left-out"]}</strong> “{option.text}”{" "}
              {option.feedback}
            </li>
          ))}
        </ul>
      )}
      reveal={() => (
        <ul class="feedback-list">
          {options.map((option) => (
            <li key={option.id}>
              <strong>{option.correct ? "Right:" : "Not right:"}</strong> “{option.text}”{" "}
              {option.feedback}
            </li>
          ))}
        </ul>
      )}
    >
      <div class="options">
        {options.map((option, index) => (
          <ChoiceOption
            key={`${option.id}/${attempt}`}
            type="checkbox"
            id={`${name}-${index}`}
            name={name}
            value={option.id}
            text={option.text}
            answered={Boolean(answer)}
            chosen={picked.includes(option.id)}
            mark={markOf(option)}
          />
        ))}
      </div>
    </ScoredQuestion>
  );
}
