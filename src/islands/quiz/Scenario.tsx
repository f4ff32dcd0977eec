import { useRef } from "preact/hooks";
import type { QuestionOf } from "../../schemas/quiz";
import { chooseInScenario, walkScenario } from "../../lib/quiz/scenario";
import { percent } from "../../lib/labels";
import { checkedValues } from "./dom";
import { questionDomId, type QuestionProps } from "./types";
import { useAttemptState } from "./useAttemptState";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { t } from "../../i18n/client";
import { fill } from "../../i18n/format";

/**
 * A customer's story told in steps: each response shows its consequence at once and leads to
 * the next step, until an outcome with a debrief. Only the outcome is stored and scored.
 */
export function Scenario(props: QuestionProps<QuestionOf<"scenario">>) {
  const { quizId, question, answer, attempt } = props;
  const domId = questionDomId(quizId, question.id);
  const [path, setPath] = useAttemptState<string[]>(attempt, () => []);
  const [missing, setMissing] = useAttemptState(attempt, () => false);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const latestRef = useRef<HTMLLIElement>(null);
  const stored = Array.isArray(answer?.value) ? answer.value : undefined;
  const walk = walkScenario(question, stored ?? path);
  const choiceName = `${domId}-step-${walk.taken.length}`;

  const respond = () => {
    const choiceId = fieldsetRef.current && checkedValues(fieldsetRef.current, choiceName)[0];
    if (!choiceId) return setMissing(true);
    setMissing(false);
    const next = chooseInScenario(question, path, choiceId);
    setPath(next.path);
    if (next.walk.outcome) {
      props.onAnswer({ value: next.path, score: next.walk.outcome.score });
    } else {
      // The response's consequence is what the learner needs next: take focus there.
      requestAnimationFrame(() => latestRef.current?.focus());
    }
  };

  return (
    <QuestionFrame
      domId={domId}
      type="scenario"
      answered={Boolean(answer)}
      number={props.number}
      total={props.total}
      prompt={question.prompt}
      fieldsetRef={fieldsetRef}
    >
      <p class="question-hint">{t.quiz.scenarioHint}</p>
      {walk.taken.length > 0 && (
        <ol class="scenario-story">
          {walk.taken.map(({ step, choice }, index) => (
            <li
              key={`${step.id}-${index}`}
              tabIndex={-1}
              ref={index === walk.taken.length - 1 ? latestRef : undefined}
            >
              <p>{step.text}</p>
              <p class="scenario-response">
                <strong>{t.quiz.you}</strong> {choice.text}
              </p>
              <p class="scenario-consequence">
                <strong>{t.quiz.whatHappens}</strong> {choice.feedback}
              </p>
            </li>
          ))}
        </ol>
      )}
      {walk.current && !answer && (
        <div class="scenario-step">
          <p class="scenario-situation">{walk.current.text}</p>
          <fieldset class="scenario-choices">
            <legend>{t.quiz.howRespond}</legend>
            <div class="options">
              {walk.current.choices.map((choice, index) => (
                <label class="option" key={`${walk.current!.id}-${choice.id}/${attempt}`}>
                  <input
                    type="radio"
                    id={`${choiceName}-${index}`}
                    name={choiceName}
                    value={choice.id}
                  />
                  <span>{choice.text}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="button" class="button" onClick={respond}>
            {t.quiz.respond}
          </button>
        </div>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {missing && !answer && <p>{t.quiz.chooseResponse}</p>}
        {answer && walk.outcome && (
          <div class="scenario-outcome">
            <p>
              <strong>
                {answer.score >= 1 ? "✓" : answer.score > 0 ? "◐" : "✗"} {t.quiz.outcome}{" "}
                {walk.outcome.title}
              </strong>{" "}
              {fill(t.quiz.ofCredit, { score: percent(answer.score) })}
            </p>
            <p>
              <strong>{t.quiz.debrief}</strong> {walk.outcome.debrief}
            </p>
          </div>
        )}
        {answer && !walk.outcome && <p>{t.quiz.scenarioChanged}</p>}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
