import { visitModule, withoutModule } from "../lib/record/actions";
import { withActiveTime } from "../lib/record/active-time";
import { updateProgress } from "./progress";

/** Note that the learner opened a module: it counts as started, with its visit dates. */
export function recordVisit(moduleId: string): void {
  updateProgress("visit module", (progress, now) =>
    visitModule(progress, moduleId, now.toISOString()),
  );
}

/** Add seconds of active time on a module's page. */
export function addActiveTime(moduleId: string, seconds: number): void {
  updateProgress("active time", (progress) => withActiveTime(progress, moduleId, seconds));
}

/** Forget one module: its status, its quizzes' answers and results, its reflections. */
export function resetModule(moduleId: string, quizIds: readonly string[]): void {
  updateProgress("reset module", (progress) => withoutModule(progress, moduleId, quizIds));
}
