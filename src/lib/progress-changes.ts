import { entryOf, type ModuleStatus, type Progress } from "./progress";
import { summarizeProgress, type CourseOutline } from "./progress-summary";

/*
 * What an import would change, in the learner's terms, so they can decide before anything is
 * written. Only modules of the current content are named.
 */

/** A module whose status or best score would change. */
export interface ModuleChange {
  title: string;
  from: ModuleStatus;
  to: ModuleStatus;
}

/** A module whose best score would change, as shares from 0 to 1. */
export interface ScoreChange {
  title: string;
  from: number | undefined;
  to: number | undefined;
}

/** Everything an import would change. */
export interface ProgressChanges {
  /** Modules that would move forward: started or completed. */
  gained: ModuleChange[];
  /** Modules that would move back (only when replacing). */
  lost: ModuleChange[];
  scoresRaised: ScoreChange[];
  scoresLowered: ScoreChange[];
  /** Reflections that would be added or rewritten. */
  reflectionsChanged: number;
}

const rank: Record<ModuleStatus, number> = { "not-started": 0, "in-progress": 1, completed: 2 };

/** How `next` differs from `current`, module by module. */
export function describeChanges(
  current: Progress,
  next: Progress,
  outline: CourseOutline,
): ProgressChanges {
  const before = summarizeProgress(current, outline).modules;
  const after = summarizeProgress(next, outline).modules;
  const changes: ProgressChanges = {
    gained: [],
    lost: [],
    scoresRaised: [],
    scoresLowered: [],
    reflectionsChanged: 0,
  };
  after.forEach((module, index) => {
    const old = before[index]!;
    const status = { title: module.title, from: old.status, to: module.status };
    if (rank[module.status] > rank[old.status]) changes.gained.push(status);
    if (rank[module.status] < rank[old.status]) changes.lost.push(status);
    const score = { title: module.title, from: old.bestScore, to: module.bestScore };
    if ((module.bestScore ?? -1) > (old.bestScore ?? -1)) changes.scoresRaised.push(score);
    if ((module.bestScore ?? -1) < (old.bestScore ?? -1)) changes.scoresLowered.push(score);
  });
  changes.reflectionsChanged = Object.entries(next.reflections).filter(
    ([id, reflection]) => entryOf(current.reflections, id)?.text !== reflection.text,
  ).length;
  return changes;
}

/** True when applying the import would change nothing the learner can see. */
export function hasNoChanges(changes: ProgressChanges): boolean {
  return (
    changes.gained.length +
      changes.lost.length +
      changes.scoresRaised.length +
      changes.scoresLowered.length +
      changes.reflectionsChanged ===
    0
  );
}
