import type { QuestionOf } from "../../schemas/quiz";
import { scoreTrueFalse } from "../../lib/quiz/scoring";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";

/** A statement the learner judges true or false; each answer has its own feedback. */
export function TrueFalse(props: QuestionProps<QuestionOf<"true-false">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);
  const feedbackFor = (value: boolean) => (value ? question.ifTrue : question.ifFalse);

  return (
    <ScoredQuestion
      {...props}
      hint="Is this statement true or false?"
      collect={(fieldset) => {
        const picked = checkedValues(fieldset, name)[0];
        if (picked === undefined) return "Choose true or false first.";
        const value = picked === "true";
        return { value, score: scoreTrueFalse(question, value) };
      }}
      feedback={(stored) =>
        typeof stored.value === "boolean" ? (
          <p>{feedbackFor(stored.value)}</p>
        ) : (
          <p>This question changed since you answered it. Try the quiz again.</p>
        )
      }
      reveal={() => (
        <p>
          The statement is {question.answer ? "true" : "false"}. {feedbackFor(question.answer)}
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
              text={value ? "True" : "False"}
              answered={Boolean(answer)}
              chosen={chosen}
              mark={chosen ? (value === question.answer ? "correct" : "incorrect") : undefined}
            />
          );
        })}
      </div>
    </ScoredQuestion>
  );
}
