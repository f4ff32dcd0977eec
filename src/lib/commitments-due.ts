import type { Commitment, Progress } from "./record/record";
import { addDays, localDay } from "./review/review";

/*
 * When a commitment's check-ins fall due: 1, 7 and 30 days after it was made. Apart from
 * commitments.ts so the map, which only asks what is due, loads nothing else.
 */

/** Days after a commitment when the learner is asked how it went. */
export const checkInDays = [1, 7, 30] as const;

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

/** Whole calendar days from one day (YYYY-MM-DD) to a later one. */
function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A commitment whose check-in is due. */
export interface DueCheckIn {
  moduleId: string;
  text: string;
  /** The check-in now due: 1, 7 or 30 days after the commitment. */
  days: number;
  /** Calendar days since the commitment was made, which may be more. */
  daysSince: number;
}

/** Every commitment with a check-in due on `now`'s day, oldest commitment first. */
export function dueCheckIns(progress: Progress, now: Date): DueCheckIn[] {
  return Object.entries(progress.commitments ?? {})
    .sort(([, a], [, b]) => a.madeAt.localeCompare(b.madeAt))
    .flatMap(([moduleId, commitment]) => {
      const days = checkInDue(commitment, now);
      if (days === undefined) return [];
      const daysSince = daysBetween(localDay(new Date(commitment.madeAt)), localDay(now));
      return [{ moduleId, text: commitment.text, days, daysSince }];
    });
}
