import type { QuestionOf } from "../../schemas/quiz";
import { scoreTrueFalse } from "../../lib/quiz/scoring";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** A statement the learner judges true or false; each answer has its own feedback. */
export function TrueFalse(props: QuestionProps<QuestionOf<"true-false">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);
  const feedbackFor = (value: boolean) => (value ? question.ifTrue : question.ifFalse);

  return (
    <ScoredQuestion
      {...props}
      hint={t.quiz.trueFalseHint}
      collect={(fieldset) => {
        const picked = checkedValues(fieldset, name)[0];
        if (picked === undefined) return t.quiz.chooseTrueFalse;
        const value = picked === "true";
        return { value, score: scoreTrueFalse(question, value) };
      }}
      feedback={(stored) =>
        typeof stored.value === "boolean" ? (
          <>
            <p>{feedbackFor(stored.value)}</p>
            {stored.value !== question.answer && (
              <p>
                {fill(t.quiz.statementIs, {
                  value: question.answer ? t.quiz.trueWord : t.quiz.falseWord,
                })}
              </p>
            )}
          </>
        ) : (
          <p>{t.quiz.changed}</p>
        )
      }
      reveal={() => (
        <p>
          {fill(t.quiz.statementIs, {
            value: question.answer ? t.quiz.trueWord : t.quiz.falseWord,
          })}{" "}
          {feedbackFor(question.answer)}
        </p>
      )}
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
