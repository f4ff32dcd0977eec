import type { QuestionOf } from "../../schemas/quiz";
import { scoreMultiple } from "../../lib/quiz/scoring";
import { seededScramble } from "../../lib/quiz/shuffle";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";
import { t } from "../../i18n/browser/client";
import { quoted } from "../../i18n/browser/punctuation";

type Option = QuestionOf<"multiple">["options"][number];

const verdictWords = (): Record<"correct" | "incorrect" | "missed" | "left-out", string> => ({
  correct: t.quiz.choseRight,
  incorrect: t.quiz.choseWrong,
  missed: t.quiz.leftOutRight,
  "left-out": t.quiz.rightlyLeftOut,
});

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
        return { value: chosen, score: scoreMultiple(question, chosen) };
      }}
      feedback={() => (
        <ul class="feedback-list">
          {options.map((option) => (
            <li key={option.id}>
              <strong>{verdictWords()[markOf(option) ?? "left-out"]}</strong> {quoted(option.text)}{" "}
              {option.feedback}
            </li>
          ))}
        </ul>
      )}
      reveal={() => (
        <ul class="feedback-list">
          {options.map((option) => (
            <li key={option.id}>
              <strong>{option.correct ? t.quiz.right : t.quiz.notRight}</strong>{" "}
              {quoted(option.text)} {option.feedback}
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
