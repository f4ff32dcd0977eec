import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededScramble, seededShuffle } from "../../../../src/lib/quiz/shuffle";
import { moveItem } from "../../../../src/lib/quiz/ordering";

describe("seededShuffle", () => {
  it("gives the same order for the same seed, so server and browser agree", () => {
    const list = ["a", "b", "c", "d", "e", "f"];
    expect(seededShuffle(list, "quiz/q/2")).toEqual(seededShuffle(list, "quiz/q/2"));
  });

  it("gives another order for another attempt", () => {
    const list = ["a", "b", "c", "d", "e", "f"];
    expect(seededShuffle(list, "quiz/q/2")).not.toEqual(seededShuffle(list, "quiz/q/3"));
  });

  it("keeps every item exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (list, seed) => {
        expect([...seededShuffle(list, seed)].sort()).toEqual([...list].sort());
      }),
    );
  });
});

describe("seededScramble", () => {
  it("never returns the authored order of two or more items", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 6 }),
        fc.string(),
        (list, seed) => {
          expect(seededScramble(list, seed)).not.toEqual(list);
        },
      ),
    );
  });
});

describe("moveItem", () => {
  it("moves an item one place up or down", () => {
    expect(moveItem(["a", "b", "c"], 1, "up")).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, "down")).toEqual(["a", "c", "b"]);
  });

  it("leaves the list as it is at either end", () => {
    expect(moveItem(["a", "b", "c"], 0, "up")).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, "down")).toEqual(["a", "b", "c"]);
  });
});
