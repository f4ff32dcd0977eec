import { useRef } from "preact/hooks";
import type { QuestionOf } from "../../schemas/quiz";
import { chooseInScenario, walkScenario } from "../../lib/quiz/scenario";
import { questionDomId, type QuestionProps } from "./types";
import { useAttemptState } from "./useAttemptState";
import { QuestionFeedback, QuestionFrame } from "./QuestionFrame";
import { verdictOf } from "./Verdict";
import { feedbackCode } from "./ScoredQuestion";
import { useOnDemand } from "../on-demand";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** Up to two initials of a name, drawn in the avatar: never a photo of a real person. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-–]+/u).filter((word) => /\p{L}/u.test(word));
  const letters = words.map((word) => [...word.replace(/^\P{L}+/u, "")][0] ?? "");
  return (letters.length > 1 ? letters[0]! + letters.at(-1)! : (letters[0] ?? "?")).toUpperCase();
}

/** A drawn avatar: the customer's initials on a circle in the brand's colours. */
function Avatar({ name }: { name: string }) {
  return (
    <svg class="chat-avatar" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="20" />
      <text x="20" y="21" text-anchor="middle" dominant-baseline="middle">
        {initialsOf(name)}
      </text>
    </svg>
  );
}

/** The customer's side of the conversation: avatar, name and what they say. */
function CustomerBubble({ name, text }: { name: string; text: string }) {
  return (
    <div class="chat-row chat-customer">
      <Avatar name={name} />
      <div class="chat-bubble">
        <p class="chat-who">{name}</p>
        <p>{text}</p>
      </div>
    </div>
  );
}

/**
 * A customer's story as a conversation: the customer's lines as bubbles, the learner's replies as
 * buttons; each reply shows its consequence at once and leads to the next step, until an outcome
 * with a debrief. Only the outcome is stored and scored.
 */
export function Scenario(props: QuestionProps<QuestionOf<"scenario">>) {
  const { quizId, question, answer, attempt } = props;
  const domId = questionDomId(quizId, question.id);
  const [path, setPath] = useAttemptState<string[]>(attempt, () => []);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const latestRef = useRef<HTMLLIElement>(null);
  const stored = Array.isArray(answer?.value) ? answer.value : undefined;
  const walk = walkScenario(question, stored ?? path);
  const customer = question.customer ?? t.quiz.customer;
  const verdict = verdictOf(answer);
  const code = useOnDemand(feedbackCode, Boolean(answer));

  const respond = (choiceId: string) => {
    const next = chooseInScenario(question, path, choiceId);
    setPath(next.path);
    if (next.walk.outcome) {
      const { score } = next.walk.outcome;
      // The debrief's code first, so that the outcome shows with it.
      feedbackCode.use(() => props.onAnswer({ value: next.path, score }));
    } else {
      // The reply's consequence is what the learner needs next: take focus there.
      requestAnimationFrame(() => latestRef.current?.focus());
    }
  };

  return (
    <QuestionFrame
      domId={domId}
      type="scenario"
      answered={Boolean(answer)}
      verdict={verdict}
      number={props.number}
      total={props.total}
      prompt={question.prompt}
      fieldsetRef={fieldsetRef}
    >
      <p class="question-hint">{t.quiz.scenarioHint}</p>
      <ol class="scenario-chat" aria-label={fill(t.quiz.conversationWith, { name: customer })}>
        {walk.taken.map(({ step, choice }, index) => (
          <li
            key={`${step.id}-${index}`}
            tabIndex={-1}
            ref={index === walk.taken.length - 1 ? latestRef : undefined}
          >
            <CustomerBubble name={customer} text={step.text} />
            <div class="chat-row chat-you">
              <div class="chat-bubble">
                <p class="chat-who">{t.quiz.you}</p>
                <p>{choice.text}</p>
              </div>
            </div>
            <p class="chat-consequence">
              <strong>{t.quiz.whatHappens}</strong> {choice.feedback}
            </p>
          </li>
        ))}
        {walk.current && !answer && (
          <li>
            <CustomerBubble name={customer} text={walk.current.text} />
          </li>
        )}
      </ol>
      {walk.current && !answer && (
        <div class="chat-replies" role="group" aria-label={t.quiz.howRespond}>
          <p class="chat-replies-label" aria-hidden="true">
            {t.quiz.howRespond}
          </p>
          {walk.current.choices.map((choice) => (
            <button
              type="button"
              class="chat-reply"
              key={`${walk.current!.id}-${choice.id}/${attempt}`}
              onClick={() => respond(choice.id)}
            >
              {choice.text}
            </button>
          ))}
        </div>
      )}
      <QuestionFeedback domId={domId} feedbackRef={props.feedbackRef}>
        {answer && walk.outcome && code && <code.Debrief answer={answer} outcome={walk.outcome} />}
        {answer && !walk.outcome && <p>{t.quiz.scenarioChanged}</p>}
      </QuestionFeedback>
    </QuestionFrame>
  );
}
