import { questionKey } from "../../vocabulary/ids";
import type { Confidence } from "../../vocabulary/record";
import type { Progress, QuizProgress } from "./record";
import { withModuleActivity } from "./completion";

/*
 * How answering a quiz changes the learner's record: pure functions, so scoring and completion
 * rules are tested without a browser.
 */

/** Mean credit over the scored questions, from 0 to 1; unanswered questions count as 0. */
export function scoreAnswers(
  answers: Record<string, { score: number }>,
  scoredQuestionIds: readonly string[],
): number {
  if (scoredQuestionIds.length === 0) return 1;
  const total = scoredQuestionIds.reduce((sum, id) => sum + (answers[id]?.score ?? 0), 0);
  return total / scoredQuestionIds.length;
}

/** What a quiz island tells the record about one answered question. */
export interface AnswerEvent {
  moduleId: string;
  /** Every quiz the module embeds: passing them all completes the module. */
  moduleQuizIds: readonly string[];
  /** Films the module requires, with the share of each to watch (see record/completion.ts). */
  moduleFilms?: readonly { id: string; share: number }[];
  quizId: string;
  /** The quiz's scored question ids: the attempt is complete when all are answered. */
  questionIds: readonly string[];
  /**
   * The quiz's unscored question ids (reflections, scales). They never count against the pass
   * mark; a quiz with nothing else is complete, and passed, once they are all answered.
   */
  unscoredQuestionIds?: readonly string[];
  questionId: string;
  value: Progress["quizzes"][string]["answers"][string]["value"];
  score: number;
  confidence?: Confidence;
  passMark: number;
  now: string;
}

/**
 * The record after one answer: the answer kept, the attempt scored when this answer completes it
 * (answering again within a completed attempt scores nothing twice), and the module completed
 * once its requirements are met (record/completion.ts).
 */
export function recordAnswer(progress: Progress, event: AnswerEvent): Progress {
  const previous = progress.quizzes[event.quizId] ?? { answers: {}, attempts: 0, passed: false };
  const answers = {
    ...previous.answers,
    [event.questionId]: {
      value: event.value,
      score: event.score,
      correct: event.score >= 1,
      ...(event.confidence ? { confidence: event.confidence } : {}),
      answeredAt: event.now,
    },
  };
  let quiz: QuizProgress = { ...previous, answers };
  const required =
    event.questionIds.length > 0 ? event.questionIds : (event.unscoredQuestionIds ?? []);
  const wasComplete = required.every((id) => id in previous.answers);
  if (!wasComplete && required.every((id) => id in answers)) {
    const score = scoreAnswers(answers, event.questionIds);
    quiz = {
      answers,
      attempts: previous.attempts + 1,
      lastScore: score,
      bestScore: Math.max(score, previous.bestScore ?? 0),
      passed: previous.passed || score >= event.passMark,
    };
  }
  const quizzes = { ...progress.quizzes, [event.quizId]: quiz };
  return withModuleActivity(
    { ...progress, quizzes },
    { moduleId: event.moduleId, quizIds: event.moduleQuizIds, films: event.moduleFilms },
    event.now,
  );
}

/**
 * The record with a quiz's current answers cleared for a new attempt; results are kept, and so
 * are the answers to the questions in `keep` (a self-assessment is not retaken with the quiz).
 */
export function startNewAttempt(
  progress: Progress,
  quizId: string,
  keep: readonly string[] = [],
): Progress {
  const quiz = progress.quizzes[quizId];
  if (!quiz) return progress;
  const answers = Object.fromEntries(
    Object.entries(quiz.answers).filter(([questionId]) => keep.includes(questionId)),
  );
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { ...quiz, answers } } };
}

/**
 * The record with a reflection's text kept on this device, and the reflection counted as
 * answered (its text lives only under `reflections`, never twice).
 */
export function recordReflection(
  progress: Progress,
  event: Omit<AnswerEvent, "value" | "score" | "confidence"> & { text: string },
): Progress {
  const { text, ...answer } = event;
  const withText: Progress = {
    ...progress,
    reflections: {
      ...progress.reflections,
      [questionKey(event.quizId, event.questionId)]: { text, updatedAt: event.now },
    },
  };
  return recordAnswer(withText, { ...answer, value: null, score: 1 });
}
