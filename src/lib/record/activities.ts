import { entryOf, type Progress } from "./record";

/* Team activities a manager ticks as run; the leader certificate lists them. */

/** The record with a team activity ticked as run (keeping the first date), or unticked. */
export function withActivity(progress: Progress, id: string, ran: boolean, now: Date): Progress {
  const activities = { ...progress.activities };
  if (ran) activities[id] = entryOf(activities, id) ?? now.toISOString();
  else delete activities[id];
  return { ...progress, activities };
}
