import type { QuestionOf } from "../../schemas/quiz";
import { seededScramble } from "../../lib/quiz/shuffle";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";
import { t } from "../../i18n/browser/client";

type Option = QuestionOf<"multiple">["options"][number];

/** Every option that applies; partial credit as stated in the schema and docs/quizzes.md. */
export function MultipleSelect(props: QuestionProps<QuestionOf<"multiple">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);
  const options =
    attempt > 1 ? seededScramble(question.options, `${name}/${attempt}`) : question.options;
  const picked = Array.isArray(answer?.value) ? answer.value : [];
  const markOf = (option: Option): "correct" | "incorrect" | "missed" | undefined => {
    if (!answer || answer.confidence === "unknown") return undefined;
    if (picked.includes(option.id)) return option.correct ? "correct" : "incorrect";
    return option.correct ? "missed" : undefined;
  };

  return (
    <ScoredQuestion
      {...props}
      hint={t.quiz.multipleHint}
      collect={(fieldset) => {
        const chosen = checkedValues(fieldset, name);
        if (chosen.length === 0) return t.quiz.chooseAtLeastOne;
        return { value: chosen, score: (code) => code.scoreMultiple(question, chosen) };
      }}
      feedback={(code, stored) => code.multipleFeedback(stored, options, markOf)}
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
