import { makeCommitment, recordCheckIn, removeCommitment } from "../lib/record/commitments";
import type { CheckInAnswer } from "../vocabulary/record";
import { updateProgress } from "./progress";

/* The learner's commitments at the end of a module, and their check-ins on the map. */

/** Commit to `text` for a module, in place of any earlier commitment. */
export function commit(moduleId: string, text: string): void {
  updateProgress("make commitment", (progress, now) =>
    makeCommitment(progress, moduleId, text, now),
  );
}

/** Take back a module's commitment. */
export function uncommit(moduleId: string): void {
  updateProgress("remove commitment", (progress) => removeCommitment(progress, moduleId));
}

/** Say how a module's commitment went. */
export function checkIn(moduleId: string, answer: { did: CheckInAnswer; note?: string }): void {
  updateProgress("check in", (progress, now) => recordCheckIn(progress, moduleId, answer, now));
}
