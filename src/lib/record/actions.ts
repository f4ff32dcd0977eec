import { entryOf, type Progress } from "./record";

/*
 * Changes the learner makes to their record other than answering (see quiz.ts):
 * visiting, choosing a track, resetting. Pure functions, so the store only wires them to storage.
 */

/** The record after the learner opened a module: started if new, with its visit dates. */
export function visitModule(progress: Progress, moduleId: string, now: string): Progress {
  const module = entryOf(progress.modules, moduleId);
  return {
    ...progress,
    modules: {
      ...progress.modules,
      [moduleId]: {
        ...module,
        status: module?.status ?? "in-progress",
        firstVisit: module?.firstVisit ?? now,
        lastVisit: now,
      },
    },
  };
}

/** The record with the learner's chosen track. */
export function chooseTrack(progress: Progress, track: NonNullable<Progress["track"]>): Progress {
  return { ...progress, track };
}

/**
 * The record without one module: its status, its quizzes' answers, their reflections and review
 * entries, and its time. Commitments and ticked team activities stay: they record things the
 * learner did at work, which starting the module again does not undo.
 */
export function withoutModule(
  progress: Progress,
  moduleId: string,
  quizIds: readonly string[],
): Progress {
  const ofModule = ([key]: [string, unknown]) =>
    quizIds.some((quizId) => key.startsWith(`${quizId}/`));
  const modules = { ...progress.modules };
  delete modules[moduleId];
  const quizzes = { ...progress.quizzes };
  for (const quizId of quizIds) delete quizzes[quizId];
  const reflections = Object.fromEntries(
    Object.entries(progress.reflections).filter((entry) => !ofModule(entry)),
  );
  const reset: Progress = { ...progress, modules, quizzes, reflections };
  if (progress.review) {
    reset.review = Object.fromEntries(
      Object.entries(progress.review).filter((entry) => !ofModule(entry)),
    );
  }
  if (progress.activeSeconds) {
    const { [moduleId]: _spent, ...others } = progress.activeSeconds;
    reset.activeSeconds = others;
  }
  return reset;
}
