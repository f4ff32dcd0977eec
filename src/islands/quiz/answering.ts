import type { RefObject } from "preact";
import type { AnswerEvent } from "../../lib/record/quiz";
import { $progress } from "../../stores/progress";
import { answerQuestion, retryQuizKeeping, saveReflection } from "../../stores/quiz";
import type { Response } from "./types";

/*
 * What a quiz needs once the learner answers, or once the record holds answers to show: what
 * answering, saving a reflection and trying again do (with the record's rules for an answer,
 * stores/quiz.ts and what it uses) and the result panel. Quiz.tsx loads it when the learner
 * first focuses a question, or when there are stored answers, rather than with the page: a
 * learner who only reads never downloads it.
 */
export { QuizResult } from "./QuizResult";

/** A quiz on the page, as its learner's actions need it (Quiz.tsx's QuizView gives it). */
export interface QuizOnPage {
  /** What every answer to the quiz records, but the question. */
  event: Omit<AnswerEvent, "questionId" | "value" | "score" | "confidence" | "now">;
  section: RefObject<HTMLElement>;
  result: RefObject<HTMLElement>;
  feedback: RefObject<Record<string, HTMLElement | null>>;
}

// The control that was used disappears after an answer: move focus to what the learner reads
// next, the question's feedback, or the result once the last scored question is answered.
function focusAfterAnswer({ event, result, feedback }: QuizOnPage, questionId: string) {
  const latest = $progress.get().quizzes[event.quizId]?.answers ?? {};
  const completes =
    event.questionIds.includes(questionId) && event.questionIds.every((id) => latest[id]);
  requestAnimationFrame(() =>
    (completes ? result.current : feedback.current?.[questionId])?.focus(),
  );
}

/** Record an answer to one of the quiz's questions. */
export function answer(quiz: QuizOnPage, questionId: string, response: Response) {
  answerQuestion({ ...quiz.event, questionId, ...response });
  focusAfterAnswer(quiz, questionId);
}

/** Keep a reflection's text, which answers it. */
export function reflect(quiz: QuizOnPage, questionId: string, text: string) {
  saveReflection({ ...quiz.event, questionId, text });
  focusAfterAnswer(quiz, questionId);
}

/** Try the quiz again, keeping the answers to what is not scored; focus its first question. */
export function retry({ event, section }: QuizOnPage) {
  retryQuizKeeping(event.quizId, event.unscoredQuestionIds ?? []);
  requestAnimationFrame(() =>
    section.current
      ?.querySelector<HTMLElement>(
        ".question:not([data-answered]) :is(input, select, textarea, button):not(:disabled)",
      )
      ?.focus(),
  );
}
