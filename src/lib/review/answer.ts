import {
  LEARNED_BOX,
  addDays,
  boxIntervals,
  firstBox,
  localDay,
  type ReviewItem,
  type ReviewOutcome,
} from "./review";

/* What an answer on the review page does to the queue; only the review page loads it. */

/**
 * The queue after an answer in review. Right and sure (or right, where the question asks no
 * confidence) moves the question up a box, or out of the queue after the last; right but unsure
 * waits again in the same box; wrong or "I don't know" goes back to box 1.
 */
export function queueAfterReview(
  queue: Readonly<Record<string, ReviewItem>>,
  key: string,
  outcome: ReviewOutcome,
  now: Date,
): Record<string, ReviewItem> {
  const box = Object.hasOwn(queue, key) ? Math.min(queue[key]!.box, boxIntervals.length) : 1;
  const today = localDay(now);
  let item: ReviewItem;
  if (!outcome.correct || outcome.confidence === "unknown") item = firstBox(now);
  else if (outcome.confidence === "unsure") {
    item = { box, due: addDays(today, boxIntervals[box - 1]!) };
  } else if (box === boxIntervals.length) item = { box: LEARNED_BOX, due: today };
  else item = { box: box + 1, due: addDays(today, boxIntervals[box]!) };
  return { ...queue, [key]: item };
}
