import type { Progress } from "./record/record";
import { entryOf } from "./record/record";
import type { NextUp } from "./next-up";

/*
 * A track drawn as a road: each stop's state, for the home page's journey. Pure: the map's
 * island and its tests give it the track's modules in the track's order and the learner's record.
 */

/** A module as a stop on the road needs it. */
export interface RoadModule {
  id: string;
  prerequisites: readonly string[];
  quizIds: readonly string[];
  passMark: number;
}

/**
 * done: finished; current: the one to open next; ready: could be taken now; later: waits for an
 * earlier stop (`after` is that stop's step number).
 */
export type StopState = "done" | "current" | "ready" | "later";

/** One stop's state, and what the learner sees of it beyond the state. */
export interface Stop {
  id: string;
  step: number;
  state: StopState;
  /** Opened and not finished. */
  started: boolean;
  /** For "later": the step to finish first (the latest one it waits for). */
  after?: number;
  /** A scored quiz tried and not yet passed: the best score so far and the pass mark (shares). */
  retry?: { score: number; mark: number };
}

/** A module's quiz tried and not passed: its lowest best score against the module's pass mark. */
export function retryOf(
  module: Pick<RoadModule, "quizIds" | "passMark">,
  progress: Progress,
): Stop["retry"] {
  const scores = module.quizIds
    .map((id) => entryOf(progress.quizzes, id))
    .filter((quiz) => quiz !== undefined && quiz.attempts > 0 && !quiz.passed)
    .map((quiz) => quiz!.bestScore ?? 0);
  return scores.length > 0 ? { score: Math.min(...scores), mark: module.passMark } : undefined;
}

/** Every stop of a track, in its order, with its state. */
export function roadStops(stops: readonly RoadModule[], progress: Progress, next: NextUp): Stop[] {
  const stepOf = new Map(stops.map((module, index) => [module.id, index + 1]));
  const isDone = (id: string) => entryOf(progress.modules, id)?.status === "completed";
  return stops.map((module, index) => {
    const step = index + 1;
    const started = entryOf(progress.modules, module.id)?.status === "in-progress";
    const retry = retryOf(module, progress);
    const base = { id: module.id, step, started, ...(retry && { retry }) };
    if (isDone(module.id)) return { ...base, state: "done", started: false };
    if (next.kind !== "finished" && next.moduleId === module.id)
      return { ...base, state: "current" };
    const waiting = module.prerequisites
      .filter((id) => stepOf.has(id) && !isDone(id))
      .map((id) => stepOf.get(id)!);
    return waiting.length > 0
      ? { ...base, state: "later", after: Math.max(...waiting) }
      : { ...base, state: "ready" };
  });
}
