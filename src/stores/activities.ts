import { withActivity } from "../lib/record/activities";
import { updateProgress } from "./progress";

/** Tick (or untick) a team activity the learner ran. */
export function tickTeamActivity(id: string, ran: boolean): void {
  updateProgress("tick team activity", (progress, now) => withActivity(progress, id, ran, now));
}
