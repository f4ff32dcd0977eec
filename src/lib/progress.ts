import * as z from "zod/mini";

/*
 * The learner's record, as kept in localStorage. Pure data and pure functions: the store in
 * src/stores/progress.ts is the only code that reads or writes storage.
 *
 * zod/mini rather than zod: this ships to the browser, and the full library would be most of
 * a page's JavaScript.
 */

/** Current version of the stored record. */
export const PROGRESS_VERSION = 1;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const share = z.number().check(z.gte(0), z.lte(1));

/** The learner's answer to one question. */
export const answerSchema = z.object({
  /** Id of the option chosen. */
  optionId: z.string(),
  correct: z.boolean(),
  answeredAt: isoDate,
});

/** One quiz's answers and results. */
export const quizProgressSchema = z.object({
  /** Answers of the current attempt, by question id. */
  answers: z.record(z.string(), answerSchema),
  /** Completed attempts. */
  attempts: z.number().check(z.int(), z.gte(0)),
  lastScore: z.optional(share),
  bestScore: z.optional(share),
  passed: z.boolean(),
});

/** One module's status and dates. */
export const moduleProgressSchema = z.object({
  status: z.enum(["in-progress", "completed"]),
  firstVisit: z.optional(isoDate),
  lastVisit: z.optional(isoDate),
  completedAt: z.optional(isoDate),
});

/** Everything stored about one learner on one device. */
export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  modules: z.record(z.string(), moduleProgressSchema),
  quizzes: z.record(z.string(), quizProgressSchema),
});

/** The stored record. */
export type Progress = z.infer<typeof progressSchema>;
/** One quiz's stored progress. */
export type QuizProgress = z.infer<typeof quizProgressSchema>;
/** One module's stored progress. */
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
/** What the learner sees of a module. */
export type ModuleStatus = "not-started" | ModuleProgress["status"];

/** A record with nothing in it. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, quizzes: {} };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Keep the entries of `raw` that pass `schema`; one broken entry costs only itself. */
function keepValidEntries<T>(raw: unknown, schema: z.ZodMiniType<T>): Record<string, T> {
  const kept: Record<string, T> = {};
  if (!isPlainObject(raw)) return kept;
  for (const [key, value] of Object.entries(raw)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

/**
 * Read whatever is in storage into a valid record. Never throws: text that is not JSON, or JSON
 * of the wrong shape, yields an empty record; valid entries beside broken ones are kept.
 */
export function decodeProgress(text: string | undefined | null): Progress {
  if (!text) return emptyProgress();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  const whole = progressSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (!isPlainObject(raw)) return emptyProgress();
  return {
    version: PROGRESS_VERSION,
    modules: keepValidEntries(raw["modules"], moduleProgressSchema),
    quizzes: keepValidEntries(raw["quizzes"], quizProgressSchema),
  };
}

/** The status the learner sees for a module. */
export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  return progress.modules[moduleId]?.status ?? "not-started";
}

/** Share of questions answered correctly, from 0 to 1. */
export function scoreAnswers(answers: Record<string, { correct: boolean }>, questionCount: number) {
  if (questionCount === 0) return 0;
  return Object.values(answers).filter((answer) => answer.correct).length / questionCount;
}

/** What a quiz island tells the record about one answered question. */
export interface AnswerEvent {
  moduleId: string;
  /** Every quiz the module embeds: passing them all completes the module. */
  moduleQuizIds: readonly string[];
  quizId: string;
  /** Every question id of the quiz, to know when an attempt is complete. */
  questionIds: readonly string[];
  questionId: string;
  optionId: string;
  correct: boolean;
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
    [event.questionId]: { optionId: event.optionId, correct: event.correct, answeredAt: event.now },
  };
  let quiz: QuizProgress = { ...previous, answers };
  const answeredAll = event.questionIds.every((id) => id in answers);
  if (answeredAll) {
    const score = scoreAnswers(
      Object.fromEntries(event.questionIds.map((id) => [id, answers[id]!])),
      event.questionIds.length,
    );
    const bestScore = Math.max(score, previous.bestScore ?? 0);
    quiz = {
      answers,
      attempts: previous.attempts + 1,
      lastScore: score,
      bestScore,
      passed: previous.passed || score >= event.passMark,
    };
  }
  const quizzes = { ...progress.quizzes, [event.quizId]: quiz };
  const allPassed = event.moduleQuizIds.every((id) => quizzes[id]?.passed);
  const module = progress.modules[event.moduleId];
  const completed = module?.status === "completed" || allPassed;
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
