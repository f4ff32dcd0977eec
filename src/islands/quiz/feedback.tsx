import type { ComponentChildren } from "preact";
import type { QuestionOf } from "../../schemas/quiz";
import { percent } from "../labels";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { quoted } from "../../i18n/browser/punctuation";
import { recordValue, type ChoiceMark, type StoredAnswer } from "./types";
import { verdictOf } from "./Verdict";

/*
 * What a scored question shows once it is answered, and the credit its answer earns: loaded with
 * the first answer or with stored ones (ScoredQuestion's feedbackCode) rather than with the quiz,
 * so that a learner who only reads never downloads it. Each type's words come in two forms: the
 * feedback on the learner's answer, and the reveal for one who said "I don't know".
 */

export {
  scoreMatching,
  scoreMultiple,
  scoreOrdering,
  scoreSingle,
  scoreTrueFalse,
} from "../../lib/quiz/scoring";

/** The verdict on a scored answer in words and a symbol, never colour alone. */
export function Verdict({ answer }: { answer: StoredAnswer }) {
  const kind = verdictOf(answer);
  const words =
    kind === "unknown"
      ? t.quiz.verdictUnknown
      : kind === "correct"
        ? t.quiz.verdictCorrect
        : kind === "partial"
          ? fill(t.quiz.verdictPartial, { score: percent(answer.score) })
          : t.quiz.verdictIncorrect;
  return <strong class={`verdict-${kind}`}>{words}</strong>;
}

/** The one panel under an answered question: the verdict, the type's words, the idea behind it. */
export function FeedbackPanel(props: {
  answer: StoredAnswer;
  explanation: string | undefined;
  children: ComponentChildren;
}) {
  const { answer } = props;
  return (
    <div class="feedback-panel" data-verdict={verdictOf(answer)}>
      <p class="verdict">
        <Verdict answer={answer} />
        {answer.confidence === "unknown" && t.quiz.honest}
      </p>
      {props.children}
      {props.explanation && (
        <p class="explanation">
          <strong>{t.quiz.idea}</strong> {props.explanation}
        </p>
      )}
    </div>
  );
}

/** How a scenario's walk ended, and what to take from it. */
export function Debrief(props: {
  answer: StoredAnswer;
  outcome: { title: string; debrief: string };
}) {
  const verdict = verdictOf(props.answer);
  return (
    <div class="feedback-panel debrief" data-verdict={verdict}>
      <p class="verdict">
        <strong class={`verdict-${verdict}`}>
          <span aria-hidden="true">
            {verdict === "correct" ? "✓" : verdict === "partial" ? "◐" : "✗"}
          </span>{" "}
          {t.quiz.outcome} {props.outcome.title}
        </strong>{" "}
        {fill(t.quiz.ofCredit, { score: percent(props.answer.score) })}
      </p>
      <p>
        <strong>{t.quiz.debrief}</strong> {props.outcome.debrief}
      </p>
    </div>
  );
}

/**
 * An answer card's mark as a badge: a symbol, and its words (an ordering's item and a matching's
 * row say their own).
 */
export function Mark({ mark, words }: { mark: NonNullable<ChoiceMark>; words?: string }) {
  const [symbol, own] = {
    correct: ["✓", t.quiz.markCorrect],
    incorrect: ["✗", t.quiz.markIncorrect],
    missed: ["○", t.quiz.markMissed],
    answer: ["✓", t.quiz.markAnswer],
  }[mark];
  return (
    <span class="option-mark" data-mark={mark}>
      <span aria-hidden="true">{symbol}</span> {words ?? own}
    </span>
  );
}

const revealed = (answer: StoredAnswer) => answer.confidence === "unknown";

/** The right option and why; first, unless revealed, the chosen option's own feedback. */
export function singleFeedback(question: QuestionOf<"single">, answer: StoredAnswer) {
  const right = question.options.find((option) => option.correct)!;
  const rightAnswer = (
    <p>
      <strong>{fill(t.quiz.theAnswerIs, { text: right.text })}</strong> {right.feedback}
    </p>
  );
  if (revealed(answer)) return rightAnswer;
  const chosen = question.options.find((option) => option.id === answer.value);
  if (!chosen) return <p>{t.quiz.changed}</p>;
  // The chosen option's own feedback teaches first; then the right answer and why.
  return (
    <>
      <p>{chosen.feedback}</p>
      {!chosen.correct && rightAnswer}
    </>
  );
}

/** What the statement's truth means, and whether the learner's judgement matched it. */
export function trueFalseFeedback(question: QuestionOf<"true-false">, answer: StoredAnswer) {
  const feedbackFor = (value: boolean) => (value ? question.ifTrue : question.ifFalse);
  const statementIs = fill(t.quiz.statementIs, {
    value: question.answer ? t.quiz.trueWord : t.quiz.falseWord,
  });
  if (revealed(answer)) {
    return (
      <p>
        {statementIs} {feedbackFor(question.answer)}
      </p>
    );
  }
  return typeof answer.value === "boolean" ? (
    <>
      <p>{feedbackFor(answer.value)}</p>
      {answer.value !== question.answer && <p>{statementIs}</p>}
    </>
  ) : (
    <p>{t.quiz.changed}</p>
  );
}

/** Each option as shown, with how the learner's pick of it went (or whether it is right). */
export function multipleFeedback(
  answer: StoredAnswer,
  options: QuestionOf<"multiple">["options"],
  markOf: (option: QuestionOf<"multiple">["options"][number]) => string | undefined,
) {
  const words: Record<string, string> = {
    correct: t.quiz.choseRight,
    incorrect: t.quiz.choseWrong,
    missed: t.quiz.leftOutRight,
    "left-out": t.quiz.rightlyLeftOut,
  };
  return (
    <ul class="feedback-list">
      {options.map((option) => (
        <li key={option.id}>
          <strong>
            {revealed(answer)
              ? option.correct
                ? t.quiz.right
                : t.quiz.notRight
              : words[markOf(option) ?? "left-out"]}
          </strong>{" "}
          {quoted(option.text)} {option.feedback}
        </li>
      ))}
    </ul>
  );
}

/** The right order, unless the learner's was right, then why. */
export function orderingFeedback(question: QuestionOf<"ordering">, answer: StoredAnswer) {
  return (
    <>
      {(revealed(answer) || answer.score < 1) && (
        <>
          <p>{t.quiz.rightOrder}</p>
          <ol class="right-order">
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </>
      )}
      <p>{question.feedback}</p>
    </>
  );
}

/** Every pair and why it goes together; marked matched or not, unless revealed. */
export function matchingFeedback(question: QuestionOf<"matching">, answer: StoredAnswer) {
  const stored = recordValue(answer);
  const rightTextOf = (id: unknown) => question.pairs.find((pair) => pair.id === id)?.right;
  return (
    <ul class="feedback-list">
      {question.pairs.map((pair) => (
        <li key={pair.id}>
          {!revealed(answer) && (
            <strong>
              {rightTextOf(stored?.[pair.id]) === pair.right ? t.quiz.matched : t.quiz.notMatched}
            </strong>
          )}
          {fill(t.quiz.goesWith, { left: pair.left, right: pair.right })} {pair.feedback}
        </li>
      ))}
    </ul>
  );
}
