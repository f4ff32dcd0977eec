import { useStore } from "@nanostores/preact";
import { useRef, useState } from "preact/hooks";
import type { QuestionOf } from "../schemas/quiz";
import { $progress, answerQuestion, retryQuiz } from "../stores/progress";
import { scoreAnswers } from "../lib/quiz-progress";
import { useHydrated } from "./useHydrated";

/** Props the Astro wrapper passes from the quiz collection and the module's frontmatter. */
export interface QuizProps {
  quizId: string;
  title: string;
  questions: QuestionOf<"single">[];
  moduleId: string;
  moduleQuizIds: string[];
  passMark: number;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A quiz whose questions are checked one at a time, with feedback that explains each answer. */
export default function Quiz(props: QuizProps) {
  const { quizId, title, questions, passMark } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const stored = hydrated ? progress.quizzes[quizId] : undefined;
  const answers = stored?.answers ?? {};
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const feedbackRefs = useRef<Record<string, HTMLDivElement | null>>({});

  const answeredCount = questions.filter((question) => answers[question.id]).length;
  const finished = answeredCount === questions.length;
  const score = scoreAnswers(
    answers,
    questions.map((question) => question.id),
  );

  const check = (question: QuestionOf<"single">, fieldset: HTMLFieldSetElement | null) => {
    // A choice made before the island hydrated lives only in the DOM: honour it too.
    const checkedInput = fieldset?.querySelector<HTMLInputElement>("input:checked");
    const optionId = choices[question.id] ?? checkedInput?.value;
    const option = question.options.find((candidate) => candidate.id === optionId);
    if (!option) {
      setMissing(question.id);
      return;
    }
    setMissing(null);
    answerQuestion({
      moduleId: props.moduleId,
      moduleQuizIds: props.moduleQuizIds,
      quizId,
      questionIds: questions.map((q) => q.id),
      questionId: question.id,
      value: option.id,
      score: option.correct ? 1 : 0,
      passMark,
    });
    // The check button disappears once answered: keep focus where the learner reads next.
    const isLast = questions.every((q) => q.id === question.id || answers[q.id]);
    requestAnimationFrame(() =>
      (isLast ? resultRef.current : feedbackRefs.current[question.id])?.focus(),
    );
  };

  const retry = () => {
    retryQuiz(quizId);
    setChoices({});
    requestAnimationFrame(() =>
      document.getElementById(`${quizId}-${questions[0]!.id}-0`)?.focus(),
    );
  };

  return (
    <section class="quiz" aria-label={title} data-pagefind-ignore>
      <p class="quiz-intro">
        {questions.length} {questions.length === 1 ? "question" : "questions"}. Pass mark:{" "}
        {percent(passMark)}. Check each answer to see why it is right or wrong.
      </p>
      <ol class="quiz-questions">
        {questions.map((question, index) => {
          const answer = answers[question.id];
          const legendId = `${quizId}-${question.id}-legend`;
          return (
            <li key={question.id}>
              <fieldset class="question" aria-describedby={`${quizId}-${question.id}-feedback`}>
                <legend id={legendId}>
                  <span class="question-number">
                    Question {index + 1} of {questions.length}
                  </span>
                  {question.prompt}
                </legend>
                <div class="options">
                  {question.options.map((option, optionIndex) => {
                    const chosen = answer
                      ? answer.value === option.id
                      : choices[question.id] === option.id;
                    const mark =
                      answer && chosen ? (option.correct ? "correct" : "incorrect") : undefined;
                    return (
                      <label class="option" data-mark={mark} key={option.id}>
                        <input
                          type="radio"
                          id={`${quizId}-${question.id}-${optionIndex}`}
                          name={`${quizId}-${question.id}`}
                          value={option.id}
                          checked={chosen}
                          disabled={Boolean(answer)}
                          onChange={() => setChoices({ ...choices, [question.id]: option.id })}
                        />
                        <span>{option.text}</span>
                        {mark && (
                          <span class="option-mark">
                            {mark === "correct" ? " — your answer, correct" : " — your answer"}
                          </span>
                        )}
                      </label>
                    );
                  })}
                </div>
                {!answer && (
                  <button
                    type="button"
                    class="button"
                    onClick={(event) => check(question, event.currentTarget.closest("fieldset"))}
                  >
                    Check answer
                  </button>
                )}
                <div
                  class="feedback"
                  id={`${quizId}-${question.id}-feedback`}
                  role="status"
                  tabIndex={-1}
                  ref={(element) => {
                    feedbackRefs.current[question.id] = element;
                  }}
                >
                  {missing === question.id && !answer && <p>Choose an answer first.</p>}
                  {answer && <Feedback question={question} optionId={String(answer.value)} />}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="quiz-result" role="status" tabIndex={-1} ref={resultRef}>
        {finished && (
          <>
            <p>
              <strong>
                {score >= passMark ? "✓ Passed." : "Not passed yet."} You answered{" "}
                {Math.round(score * questions.length)} of {questions.length} correctly (
                {percent(score)}); the pass mark is {percent(passMark)}.
              </strong>
            </p>
            {stored?.bestScore !== undefined && stored.attempts > 1 && (
              <p>Your best score: {percent(stored.bestScore)}.</p>
            )}
            <button type="button" class="button" onClick={retry}>
              Try again
            </button>
          </>
        )}
        {!finished && stored?.bestScore !== undefined && (
          <p>
            Your best score so far: {percent(stored.bestScore)}
            {stored.passed ? " (passed)" : ""}.
          </p>
        )}
      </div>
    </section>
  );
}

function Feedback({ question, optionId }: { question: QuestionOf<"single">; optionId: string }) {
  const chosen = question.options.find((option) => option.id === optionId);
  if (!chosen) return <p>This question changed since you answered it. Try the quiz again.</p>;
  // The chosen option's own feedback teaches; the right answer is left for a retry to find.
  return (
    <p class={chosen.correct ? "feedback-correct" : "feedback-incorrect"}>
      <strong>{chosen.correct ? "✓ Correct." : "✗ Not quite."}</strong> {chosen.feedback}
    </p>
  );
}
