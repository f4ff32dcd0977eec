import { cleanStores } from "nanostores";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../src/lib/record/record";
import { localDay, addDays } from "../../../src/lib/review/review";
import {
  $progress,
  PROGRESS_KEY,
  connectProgressStorage,
  updateProgress,
} from "../../../src/stores/progress";
import { answerQuestion } from "../../../src/stores/quiz";
import { safeStorage, type StorageArea } from "../../../src/stores/storage";

/*
 * The store's part in review: a module answer worth coming back to joins the queue as it is
 * saved, and updateProgress (which review, commitments and certificates write through) builds on
 * what storage holds, never on a stale copy.
 */

class FakeStorage implements StorageArea {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const now = new Date("2026-11-24T10:00:00.000Z");
const tomorrow = addDays(localDay(now), 1);
let local: FakeStorage;
let disconnect: () => void;

const stored = (): Progress => JSON.parse(local.items.get(PROGRESS_KEY)!);

const answer = (questionId: string, score: number, confidence?: "sure" | "unsure" | "unknown") =>
  answerQuestion({
    moduleId: "intro",
    moduleQuizIds: ["intro"],
    quizId: "intro",
    questionIds: ["one", "two"],
    unscoredQuestionIds: ["thoughts"],
    questionId,
    value: "a",
    score,
    passMark: 0.8,
    ...(confidence ? { confidence } : {}),
  });

beforeEach(() => {
  local = new FakeStorage();
  disconnect = connectProgressStorage({ storage: safeStorage(() => local), now: () => now });
});

afterEach(() => {
  disconnect();
  cleanStores($progress);
});

describe("answering in a module", () => {
  it("queues a wrong answer for the next day and saves it with the answer", () => {
    answer("one", 0);
    expect(stored().review).toEqual({ "intro/one": { box: 1, due: tomorrow } });
    expect(stored().quizzes["intro"]!.answers["one"]!.correct).toBe(false);
  });

  it("queues a right answer the learner was unsure of, but not one they were sure of", () => {
    answer("one", 1, "unsure");
    answer("two", 1, "sure");
    expect(Object.keys(stored().review ?? {})).toEqual(["intro/one"]);
  });

  it("never queues an unscored question", () => {
    answer("thoughts", 0);
    expect(stored().review).toBeUndefined();
  });
});

describe("updateProgress", () => {
  it("applies a change to what storage holds now, with the store's clock", () => {
    const otherTab: Progress = { ...emptyProgress(), learnerName: "Written by another tab" };
    local.items.set(PROGRESS_KEY, JSON.stringify(otherTab));
    let seenAt: Date | undefined;
    updateProgress("review answer", (progress, at) => {
      seenAt = at;
      return { ...progress, activities: { "story-round": at.toISOString() } };
    });
    expect(seenAt).toEqual(now);
    expect(stored()).toMatchObject({
      learnerName: "Written by another tab",
      activities: { "story-round": now.toISOString() },
    });
  });
});
