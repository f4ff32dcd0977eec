import type { Commitment, Progress } from "./progress";
import { addDays, localDay } from "./review";

/*
 * Behaviour commitments. At the end of some modules the learner chooses one thing they will do
 * differently; the map asks how it went 1, 7 and 30 days later. Recall is not the goal of this
 * training, behaviour is: the check-ins are how a learner notices whether it changed.
 */

/** Days after a commitment when the learner is asked how it went. */
export const checkInDays = [1, 7, 30] as const;

/** The most characters a commitment may have; the record refuses longer text. */
export const COMMITMENT_MAX_LENGTH = 500;

/** How a check-in answers "did you?". */
export type CheckInAnswer = Commitment["checkIns"][number]["did"];

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

/**
 * The check-in day now due for a commitment (1, 7 or 30), or undefined. When the learner has
 * been away past several, only the latest is asked: one answer covers them.
 */
export function checkInDue(commitment: Commitment, now: Date): number | undefined {
  const madeOn = localDay(new Date(commitment.madeAt));
  const today = localDay(now);
  const reached = checkInDays.filter((days) => addDays(madeOn, days) <= today).at(-1);
  if (reached === undefined) return undefined;
  const answeredSince = commitment.checkIns.some(
    (checkIn) => localDay(new Date(checkIn.at)) >= addDays(madeOn, reached),
  );
  return answeredSince ? undefined : reached;
}

/** A commitment whose check-in is due. */
export interface DueCheckIn {
  moduleId: string;
  text: string;
  /** Days since the commitment: 1, 7 or 30. */
  days: number;
}

/** Every commitment with a check-in due on `now`'s day, oldest commitment first. */
export function dueCheckIns(progress: Progress, now: Date): DueCheckIn[] {
  return Object.entries(progress.commitments ?? {})
    .sort(([, a], [, b]) => a.madeAt.localeCompare(b.madeAt))
    .flatMap(([moduleId, commitment]) => {
      const days = checkInDue(commitment, now);
      return days === undefined ? [] : [{ moduleId, text: commitment.text, days }];
    });
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
  const note = answer.note?.trim().slice(0, 5_000);
  const checkIn = { at: now.toISOString(), did: answer.did, ...(note ? { note } : {}) };
  return {
    ...progress,
    commitments: {
      ...progress.commitments,
      [moduleId]: { ...commitment, checkIns: [...commitment.checkIns, checkIn] },
    },
  };
}
