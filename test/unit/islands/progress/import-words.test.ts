import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../../src/lib/record/record";
import { describeChanges } from "../../../../src/lib/record/changes";
import { additions, joinList, losses } from "../../../../src/islands/progress/import-words";

const outline = { modules: [{ id: "intro", title: "Introduction", quizzes: [] }] };
const at = "2026-11-20T10:00:00.000Z";

const mine: Progress = {
  ...emptyProgress(),
  modules: { intro: { status: "completed" } },
  commitments: {
    intro: { text: "Listen first", madeAt: at, checkIns: [] },
    empathy: { text: "Ask why", madeAt: at, checkIns: [] },
    voice: { text: "Read one complaint a week", madeAt: at, checkIns: [] },
  },
  activities: { "story-round": at, habits: at },
  review: { "intro/a": { box: 1, due: "2026-11-21" } },
  activeSeconds: { intro: 720 },
  learnerName: "Ana Ruiz",
};

/** An older export: the same module, none of what came later. */
const older: Progress = { ...emptyProgress(), modules: { intro: { status: "completed" } } };

describe("the words of an import preview", () => {
  it("name every loss of a replacement with an older file", () => {
    expect(joinList(losses(describeChanges(mine, older, outline)))).toBe(
      "3 commitments, 2 team activities, 1 question in your review queue, about 12 minutes of active time and your name on certificates",
    );
  });

  it("name the chosen track a replacement would clear, in the loss and on the button", () => {
    const tracked = { ...older, track: "leader" as const };
    const named = { ...outline, tracks: { leader: "Leader track" } };
    expect(losses(describeChanges(tracked, older, named))).toEqual([
      "your chosen track (Leader track)",
    ]);
    expect(additions(describeChanges(older, tracked, named))).toEqual([
      "your chosen track: Leader track",
    ]);
  });

  it("name nothing lost when the file only adds", () => {
    const changes = describeChanges(older, mine, outline);
    expect(losses(changes)).toEqual([]);
    expect(additions(changes)).toContain("your name on certificates: “Ana Ruiz”");
  });

  it("join one, two and more items as a sentence would", () => {
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a and b");
    expect(joinList(["a", "b", "c"])).toBe("a, b and c");
  });
});
