// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { emptyProgress, type Progress } from "../../../../src/lib/record/record";
import { wakeIslandsWithState } from "../../../../src/islands/module/wake";

/** Islands asleep under `keys`, and the order they were woken in. */
function sleepers(...keys: string[]) {
  const woken: string[] = [];
  for (const each of keys) {
    (window.cxReach ??= []).push({ keys: each, wake: () => woken.push(each) });
  }
  return woken;
}

afterEach(() => {
  window.cxReach = [];
  $progress.set(emptyProgress());
});

const record = (extra: Partial<Progress>): Progress => ({ ...emptyProgress(), ...extra });

describe("waking a module page's islands that show stored state", () => {
  it("wakes at once those whose state the record holds, and no others", () => {
    $progress.set(
      record({
        quizzes: { listening: { answers: {}, attempts: 1, passed: false } } as never,
        reflections: {
          "noticing/first": { text: "A note.", at: "2026-12-01T00:00:00.000Z" },
        } as never,
        track: "leader",
      }),
    );
    const woken = sleepers(
      "quiz:listening",
      "quiz:noticing",
      "quiz:other",
      "commitment:empathy",
      "done:empathy track:orientation",
      "done:empathy track:leader",
    );
    wakeIslandsWithState();
    expect(woken.sort()).toEqual([
      "done:empathy track:orientation",
      "quiz:listening",
      "quiz:noticing",
    ]);
    // Woken once only.
    $progress.set({ ...$progress.get() });
    expect(woken).toHaveLength(3);
  });

  it("wakes an island when its state appears later, and one that registers after the script ran", () => {
    const woken = sleepers("done:empathy quiz:empathy");
    wakeIslandsWithState();
    expect(woken).toEqual([]);
    $progress.set(record({ modules: { empathy: { status: "completed" } } as never }));
    expect(woken).toEqual(["done:empathy quiz:empathy"]);
    const later = sleepers("activity:huddle");
    $progress.set(record({ activities: { huddle: "2026-12-01T00:00:00.000Z" } }));
    expect(later).toEqual(["activity:huddle"]);
  });

  it("never wakes an island that names no state it shows", () => {
    $progress.set(record({ films: { empathy: { share: 0.5 } } as never }));
    const woken = sleepers("film:other", "unknown:empathy");
    wakeIslandsWithState();
    dispatchEvent(new Event("cx:reach"));
    expect(woken).toEqual([]);
  });
});
