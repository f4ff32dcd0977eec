import type { ScoredQuestion } from "../quiz/scored";
import { LEARNED_BOX, localDay, type ReviewItem } from "./review";

/*
 * The review queue as the map and the review page read it: what is due, and when next. Apart
 * from review.ts, which every module page loads with the store, so module pages carry only what
 * answering a quiz needs.
 */

/**
 * A scored question as the review page asks it again, with the module it comes from: what the
 * build writes to review-questions.json (course/review-questions.ts) and the page reads.
 */
export interface ReviewQuestion {
  key: string;
  quizId: string;
  moduleId: string;
  moduleTitle: string;
  question: ScoredQuestion;
}

/** True when a question in the queue is due on `now`'s day (learned questions never are). */
export function isDue(item: ReviewItem, now: Date): boolean {
  return item.box < LEARNED_BOX && item.due <= localDay(now);
}

/**
 * The keys of the questions due on `now`'s day, the longest-waiting first. Only keys in `known`
 * count when it is given: a question the content no longer has stays stored but is never asked.
 */
export function dueReviews(
  queue: Readonly<Record<string, ReviewItem>> | undefined,
  now: Date,
  known?: ReadonlySet<string>,
): string[] {
  return Object.entries(queue ?? {})
    .filter(([key, item]) => isDue(item, now) && (!known || known.has(key)))
    .sort(([keyA, a], [keyB, b]) => a.due.localeCompare(b.due) || keyA.localeCompare(keyB))
    .map(([key]) => key);
}

/** The earliest day a question still waiting comes due, if any is waiting. */
export function nextReviewDay(
  queue: Readonly<Record<string, ReviewItem>> | undefined,
  known?: ReadonlySet<string>,
): string | undefined {
  const days = Object.entries(queue ?? {})
    .filter(([key, item]) => item.box < LEARNED_BOX && (!known || known.has(key)))
    .map(([, item]) => item.due)
    .sort();
  return days[0];
}
