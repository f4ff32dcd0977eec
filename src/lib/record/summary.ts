import { entryOf, moduleStatus, type ModuleStatus, type Progress } from "./record";
import { scoreAnswers } from "./quiz";

/*
 * Progress as the current content sees it. The record may hold ids the content no longer has
 * (a module renamed or removed): those entries stay in the record, so a content rollback brings
 * them back, but they never count towards scores or totals.
 */

/** The ids and titles of the current content that progress is counted against. */
export interface CourseOutline {
  modules: {
    id: string;
    title: string;
    /** The quizzes the module embeds, with their scored question ids. */
    quizzes: { id: string; questionIds: string[] }[];
  }[];
  /** The tracks' names by id, so that a change of the chosen track can be named. */
  tracks?: Record<string, string>;
}

/** One module of the current content, with the learner's results in it. */
export interface ModuleSummary {
  id: string;
  title: string;
  status: ModuleStatus;
  /** Mean of the best score of each of the module's quizzes the learner has finished. */
  bestScore: number | undefined;
  /** Finished attempts, over all the module's quizzes. */
  attempts: number;
  firstVisit: string | undefined;
  lastVisit: string | undefined;
  completedAt: string | undefined;
}

/** The learner's progress over the current content. */
export interface ProgressSummary {
  modules: ModuleSummary[];
  completed: number;
  total: number;
  /** Stored module ids that no module of the current content has: kept, not counted. */
  unknownModuleIds: string[];
}

/** Each current module's status and results; ids the content no longer has are left out. */
export function summarizeProgress(progress: Progress, outline: CourseOutline): ProgressSummary {
  const modules = outline.modules.map((module): ModuleSummary => {
    const stored = entryOf(progress.modules, module.id);
    const quizzes = module.quizzes.map((quiz) => entryOf(progress.quizzes, quiz.id));
    const bests = quizzes.flatMap((quiz) =>
      quiz?.bestScore === undefined ? [] : [quiz.bestScore],
    );
    return {
      id: module.id,
      title: module.title,
      status: moduleStatus(progress, module.id),
      bestScore: bests.length === 0 ? undefined : bests.reduce((a, b) => a + b, 0) / bests.length,
      attempts: quizzes.reduce((sum, quiz) => sum + (quiz?.attempts ?? 0), 0),
      firstVisit: stored?.firstVisit,
      lastVisit: stored?.lastVisit,
      completedAt: stored?.completedAt,
    };
  });
  const known = new Set(outline.modules.map((module) => module.id));
  return {
    modules,
    completed: modules.filter((module) => module.status === "completed").length,
    total: modules.length,
    unknownModuleIds: Object.keys(progress.modules).filter((id) => !known.has(id)),
  };
}

/**
 * The score of a quiz's current answers over its current questions: answers to questions that
 * were removed are kept in the record but not scored.
 */
export function currentAttemptScore(
  progress: Progress,
  quiz: CourseOutline["modules"][number]["quizzes"][number],
): number | undefined {
  const answers = entryOf(progress.quizzes, quiz.id)?.answers;
  if (!answers || !quiz.questionIds.some((id) => id in answers)) return undefined;
  return scoreAnswers(answers, quiz.questionIds);
}
