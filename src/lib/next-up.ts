import type { Progress } from "./record/record";
import type { TrackId } from "../schemas/module";

/*
 * What the map tells a learner: each module's status, the one module to open next, and how far
 * along a track they are. Pure functions over the modules of the current content: progress
 * stored for a module that no longer exists is simply never looked up.
 */

/** A module as these functions need it. */
export interface PathModule {
  id: string;
  minutes: number;
  tracks: readonly TrackId[];
  prerequisites: readonly string[];
}

/** What the map shows for a module; "waiting" is a module not started whose prerequisites are not done. */
export type MapStatus = "not-started" | "waiting" | "in-progress" | "completed";

/** A module's status, and for "waiting" the prerequisites still to finish, in reading order. */
export interface ModuleState {
  status: MapStatus;
  waitingFor: string[];
}

/** The module to open next on a track, or word that the track is finished. */
export type NextUp =
  | { kind: "continue"; moduleId: string }
  | { kind: "next"; moduleId: string }
  | { kind: "finished" };

/** How far along a track the learner is. */
export interface TrackProgress {
  total: number;
  done: number;
  minutesTotal: number;
  minutesLeft: number;
}

const isCompleted = (progress: Progress, id: string) =>
  progress.modules[id]?.status === "completed";

/** Every module's state, by id. `modules` must be in reading order (prerequisites first). */
export function moduleStates(
  modules: readonly PathModule[],
  progress: Progress,
): Map<string, ModuleState> {
  const position = new Map(modules.map((module, index) => [module.id, index]));
  return new Map(
    modules.map((module) => {
      const stored = progress.modules[module.id]?.status;
      const waitingFor = [...new Set(module.prerequisites)]
        .filter((id) => position.has(id) && !isCompleted(progress, id))
        .sort((a, b) => position.get(a)! - position.get(b)!);
      const status: MapStatus = stored ?? (waitingFor.length > 0 ? "waiting" : "not-started");
      return [module.id, { status, waitingFor: stored ? [] : waitingFor }];
    }),
  );
}

/**
 * The one module to open next on a track. A module already under way comes first (the one
 * visited last). Otherwise the first module, in reading order, that is still to do and whose
 * prerequisites are done; that may be a prerequisite outside the track, because the track's
 * own modules build on it. `modules` must be in reading order.
 */
export function nextUp(modules: readonly PathModule[], track: TrackId, progress: Progress): NextUp {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const toDo = new Set<string>();
  const addWithPrerequisites = (id: string): void => {
    if (toDo.has(id) || !byId.has(id) || isCompleted(progress, id)) return;
    toDo.add(id);
    for (const prerequisite of byId.get(id)!.prerequisites) addWithPrerequisites(prerequisite);
  };
  for (const module of modules) if (module.tracks.includes(track)) addWithPrerequisites(module.id);

  const candidates = modules.filter((module) => toDo.has(module.id));
  const underWay = candidates
    .filter((module) => progress.modules[module.id]?.status === "in-progress")
    .map((module, index) => ({
      id: module.id,
      index,
      lastVisit: progress.modules[module.id]?.lastVisit ?? "",
    }))
    .sort((a, b) => b.lastVisit.localeCompare(a.lastVisit) || a.index - b.index);
  if (underWay[0]) return { kind: "continue", moduleId: underWay[0].id };
  // In reading order every prerequisite comes first, so the first module to do is ready.
  const first = candidates[0];
  return first ? { kind: "next", moduleId: first.id } : { kind: "finished" };
}

/** Modules done and minutes left on a track, counting only modules in the current content. */
export function trackProgress(
  modules: readonly PathModule[],
  track: TrackId,
  progress: Progress,
): TrackProgress {
  const inTrack = modules.filter((module) => module.tracks.includes(track));
  const left = inTrack.filter((module) => !isCompleted(progress, module.id));
  const minutes = (list: readonly PathModule[]) =>
    list.reduce((sum, module) => sum + module.minutes, 0);
  return {
    total: inTrack.length,
    done: inTrack.length - left.length,
    minutesTotal: minutes(inTrack),
    minutesLeft: minutes(left),
  };
}
