import { entryOf, type Progress } from "./record";

/* Active time on module pages: its own file, because every module page loads it. */

/** The record with `seconds` more active time on a module's page. */
export function withActiveTime(progress: Progress, moduleId: string, seconds: number): Progress {
  if (!(seconds > 0)) return progress;
  const activeSeconds = { ...progress.activeSeconds };
  activeSeconds[moduleId] = Math.round((entryOf(activeSeconds, moduleId) ?? 0) + seconds);
  return { ...progress, activeSeconds };
}
