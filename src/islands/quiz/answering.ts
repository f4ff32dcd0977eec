/*
 * What a quiz needs once the learner answers, or once the record holds answers to show: the
 * record's rules for an answer (stores/quiz.ts and what it uses) and the result panel. Quiz.tsx
 * loads it when the learner first focuses a question, or when there are stored answers, rather
 * than with the page: a learner who only reads never downloads it.
 */
export { answerQuestion, retryQuizKeeping, saveReflection } from "../../stores/quiz";
export { QuizResult } from "./QuizResult";
