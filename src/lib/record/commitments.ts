import {
  CHECK_IN_NOTE_MAX_LENGTH,
  COMMITMENT_MAX_LENGTH,
  type CheckInAnswer,
} from "../../vocabulary/record";
import type { Commitment, Progress } from "./record";

/*
 * Behaviour commitments. At the end of some modules the learner chooses one thing they will do
 * differently; the map asks how it went 1, 7 and 30 days later. Recall is not the goal of this
 * training, behaviour is: the check-ins are how a learner notices whether it changed.
 */

/** The record with a new commitment for a module, replacing any earlier one and its check-ins. */
export function makeCommitment(
  progress: Progress,
  moduleId: string,
  text: string,
  now: Date,
): Progress {
  const trimmed = text.trim().slice(0, COMMITMENT_MAX_LENGTH);
  if (!trimmed) return progress;
  const commitment: Commitment = { text: trimmed, madeAt: now.toISOString(), checkIns: [] };
  return { ...progress, commitments: { ...progress.commitments, [moduleId]: commitment } };
}

/** The record without a module's commitment. */
export function removeCommitment(progress: Progress, moduleId: string): Progress {
  const commitments = { ...progress.commitments };
  delete commitments[moduleId];
  return { ...progress, commitments };
}

/** The record with a check-in on a module's commitment. */
export function recordCheckIn(
  progress: Progress,
  moduleId: string,
  answer: { did: CheckInAnswer; note?: string },
  now: Date,
): Progress {
  const commitment = progress.commitments?.[moduleId];
  if (!commitment || !Object.hasOwn(progress.commitments!, moduleId)) return progress;
  const note = answer.note?.trim().slice(0, CHECK_IN_NOTE_MAX_LENGTH);
  const checkIn = { at: now.toISOString(), did: answer.did, ...(note ? { note } : {}) };
  return {
    ...progress,
    commitments: {
      ...progress.commitments,
      [moduleId]: { ...commitment, checkIns: [...commitment.checkIns, checkIn] },
    },
  };
}
