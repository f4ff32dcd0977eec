import { hasWatched, type FilmProgress } from "../film/watched";
import { entryOf, type Progress } from "./record";

/*
 * When a module is complete: the one rule the map, My progress, the certificate and the LMS
 * packages all count by, since they read the status it stores. Every quiz the module embeds is
 * passed, and every film it requires is watched to its share. Checked whenever either changes
 * (an answer in quiz.ts, a stretch played in film.ts).
 */

/** What completing a module takes. */
export interface ModuleRequirements {
  moduleId: string;
  quizIds: readonly string[];
  /** Films the module requires, each with the share to watch (0.9 for 90%). */
  films?: readonly { id: string; share: number }[];
}

/** Whether the record meets the module's requirements. */
export function meetsRequirements(progress: Progress, module: ModuleRequirements): boolean {
  const films = progress.films ?? {};
  return (
    module.quizIds.every((id) => entryOf(progress.quizzes, id)?.passed) &&
    (module.films ?? []).every((film) =>
      hasWatched(entryOf<FilmProgress>(films, film.id), film.share),
    )
  );
}

/**
 * The record after something the learner did in the module at `now`: visited, and completed
 * once the requirements are met. A completed module stays completed.
 */
export function withModuleActivity(
  progress: Progress,
  module: ModuleRequirements,
  now: string,
): Progress {
  const stored = entryOf(progress.modules, module.moduleId);
  const completed = stored?.status === "completed" || meetsRequirements(progress, module);
  return {
    ...progress,
    modules: {
      ...progress.modules,
      [module.moduleId]: {
        ...stored,
        status: completed ? "completed" : "in-progress",
        firstVisit: stored?.firstVisit ?? now,
        lastVisit: now,
        ...(completed ? { completedAt: stored?.completedAt ?? now } : {}),
      },
    },
  };
}
