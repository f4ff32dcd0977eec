import type { QuestionOf } from "../../schemas/quiz";
import { seededScramble } from "../../lib/quiz/shuffle";
import { ChoiceOption } from "./ChoiceOption";
import { checkedValues } from "./dom";
import { ScoredQuestion } from "./ScoredQuestion";
import { questionDomId, type QuestionProps } from "./types";
import { t } from "../../i18n/browser/client";

/** One right answer among several; a retry shows the options in a new order. */
export function SingleChoice(props: QuestionProps<QuestionOf<"single">>) {
  const { quizId, question, answer, attempt } = props;
  const name = questionDomId(quizId, question.id);
  // The first attempt keeps the author's order; later ones are shuffled so position is no clue.
  const options =
    attempt > 1 ? seededScramble(question.options, `${name}/${attempt}`) : question.options;

  return (
    <ScoredQuestion
      {...props}
      collect={(fieldset) => {
        const optionId = checkedValues(fieldset, name)[0];
        if (!optionId) return t.quiz.chooseOne;
        return { value: optionId, score: (code) => code.scoreSingle(question, optionId) };
      }}
      feedback={(code, stored) => code.singleFeedback(question, stored)}
    >
      <div class="options">
        {options.map((option, index) => {
          const chosen = answer?.value === option.id;
          return (
            <ChoiceOption
              key={`${option.id}/${attempt}`}
              type="radio"
              id={`${name}-${index}`}
              name={name}
              value={option.id}
              text={option.text}
              answered={Boolean(answer)}
              chosen={chosen}
              mark={
                !answer
                  ? undefined
                  : chosen
                    ? option.correct
                      ? "correct"
                      : "incorrect"
                    : option.correct
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
