import type { Progress, QuizProgress } from "./progress";

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
  quizId: string;
  /** The quiz's scored question ids: the attempt is complete when all are answered. */
  questionIds: readonly string[];
  questionId: string;
  value: Progress["quizzes"][string]["answers"][string]["value"];
  score: number;
  confidence?: "sure" | "unsure" | "unknown";
  passMark: number;
  now: string;
}

/**
 * The record after one answer: the answer kept, the attempt scored once every question is
 * answered, and the module completed once every one of its quizzes is passed.
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
  if (event.questionIds.every((id) => id in answers)) {
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
  const module = progress.modules[event.moduleId];
  const completed =
    module?.status === "completed" || event.moduleQuizIds.every((id) => quizzes[id]?.passed);
  return {
    ...progress,
    quizzes,
    modules: {
      ...progress.modules,
      [event.moduleId]: {
        ...module,
        status: completed ? "completed" : "in-progress",
        firstVisit: module?.firstVisit ?? event.now,
        lastVisit: event.now,
        ...(completed ? { completedAt: module?.completedAt ?? event.now } : {}),
      },
    },
  };
}

/** The record with a quiz's current answers cleared for a new attempt; results are kept. */
export function startNewAttempt(progress: Progress, quizId: string): Progress {
  const quiz = progress.quizzes[quizId];
  if (!quiz) return progress;
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { ...quiz, answers: {} } } };
}
