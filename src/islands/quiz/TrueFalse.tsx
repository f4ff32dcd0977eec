import type { QuestionOf } from "../../schemas/quiz";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";
import { t } from "../../i18n/browser/client";

/** A statement the learner judges true or false; each answer has its own feedback. */
export function TrueFalse(props: QuestionProps<QuestionOf<"true-false">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);

  return (
    <ScoredQuestion
      {...props}
      hint={t.quiz.trueFalseHint}
      collect={(fieldset) => {
        const picked = checkedValues(fieldset, name)[0];
        if (picked === undefined) return t.quiz.chooseTrueFalse;
        const value = picked === "true";
        return { value, score: (code) => code.scoreTrueFalse(question, value) };
      }}
      feedback={(code, stored) => code.trueFalseFeedback(question, stored)}
    >
      <div class="options options-inline">
        {[true, false].map((value) => {
          const chosen = answer?.value === value;
          return (
            <ChoiceOption
              key={`${value}/${attempt}`}
              type="radio"
              id={`${name}-${value ? 0 : 1}`}
              name={name}
              value={String(value)}
              text={value ? t.quiz.trueLabel : t.quiz.falseLabel}
              answered={Boolean(answer)}
              chosen={chosen}
              mark={
                !answer
                  ? undefined
                  : chosen
                    ? value === question.answer
                      ? "correct"
                      : "incorrect"
                    : value === question.answer
                      ? "answer"
                      : undefined
              }
            />
          );
        })}
      </div>
    </ScoredQuestion>
  );
}
