import type { Confidence } from "../../vocabulary/record";
import type { Progress } from "../record/record";

/*
 * Spaced review with Leitner boxes. A question answered wrong, or answered with "unsure" or
 * "I don't know", goes into box 1 and comes back the next day. In review, a right answer the
 * learner was sure of moves it up a box (boxes 1, 2 and 3 wait 1, 3 and 7 days); after box 3 it
 * is learned and leaves the queue. A wrong answer sends it back to box 1; a right but unsure one
 * keeps it in its box for another wait.
 *
 * Days are the learner's local calendar days ("due tomorrow", not "due in 24 hours"), and every
 * function takes the time as an argument, so tests choose the day.
 */

/** One question in the queue, as stored. */
export type ReviewItem = NonNullable<Progress["review"]>[string];

/** Days each box waits before its questions are due again: box 1 waits 1 day, and so on. */
export const boxIntervals = [1, 3, 7] as const;

/** The box a question reaches once it has been answered right and sure from the last box. */
export const LEARNED_BOX = boxIntervals.length + 1;

const pad = (value: number) => String(value).padStart(2, "0");

/** The local calendar day of `date`, as YYYY-MM-DD (the year in four digits, as in 0050). */
export function localDay(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, "0");
  return `${year}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  // Noon, so a daylight-saving change at midnight never moves the result to another day.
  return localDay(new Date(year, month - 1, date + days, 12));
}

/** How the learner answered, as far as review cares. */
export interface ReviewOutcome {
  correct: boolean;
  /** Undefined when the question did not ask. */
  confidence?: Confidence | undefined;
}

/** True for an answer worth coming back to: wrong, unsure, or "I don't know". */
export function needsReview(outcome: ReviewOutcome): boolean {
  return !outcome.correct || outcome.confidence === "unsure" || outcome.confidence === "unknown";
}

/** The item for a question that starts over in box 1 on `now`'s day. */
export const firstBox = (now: Date): ReviewItem => ({ box: 1, due: addDays(localDay(now), 1) });

/**
 * The queue after an answer in a module: a question worth coming back to goes (back) to box 1.
 * A right, sure answer in the module leaves the queue as it is: only review moves a question up.
 */
export function queueAfterAnswer(
  queue: Readonly<Record<string, ReviewItem>>,
  key: string,
  outcome: ReviewOutcome,
  now: Date,
): Record<string, ReviewItem> {
  return needsReview(outcome) ? { ...queue, [key]: firstBox(now) } : { ...queue };
}
