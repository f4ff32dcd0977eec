import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../../src/lib/record/record";
import { visitModule, withoutModule } from "../../../../src/lib/record/actions";
import { describeChanges, hasNoChanges } from "../../../../src/lib/record/changes";
import {
  currentAttemptScore,
  summarizeProgress,
  type CourseOutline,
} from "../../../../src/lib/record/summary";

const outline: CourseOutline = {
  modules: [
    { id: "intro", title: "Introduction", quizzes: [{ id: "intro", questionIds: ["a", "b"] }] },
    { id: "empathy", title: "Empathy", quizzes: [{ id: "empathy", questionIds: ["c"] }] },
  ],
};
const answer = (score: number) => ({
  value: "x",
  score,
  correct: score === 1,
  answeredAt: "2026-11-20T10:00:00.000Z",
});

const progress: Progress = {
  ...emptyProgress(),
  modules: {
    intro: { status: "completed" },
    "old-module": { status: "completed" },
  },
  quizzes: {
    intro: {
      answers: { a: answer(1), b: answer(1), "removed-question": answer(0) },
      attempts: 2,
      bestScore: 1,
      passed: true,
    },
  },
};

describe("summarizeProgress", () => {
  it("counts only modules of the current content, and lists the others as kept", () => {
    const summary = summarizeProgress(progress, outline);
    expect(summary).toMatchObject({ completed: 1, total: 2, unknownModuleIds: ["old-module"] });
    expect(summary.modules.map((module) => [module.id, module.status, module.attempts])).toEqual([
      ["intro", "completed", 2],
      ["empathy", "not-started", 0],
    ]);
  });

  it("scores the current attempt over current questions only", () => {
    expect(currentAttemptScore(progress, outline.modules[0]!.quizzes[0]!)).toBe(1);
    expect(currentAttemptScore(progress, outline.modules[1]!.quizzes[0]!)).toBeUndefined();
  });
});

describe("describeChanges", () => {
  it("names modules gained and scores raised", () => {
    const next: Progress = {
      ...progress,
      modules: { ...progress.modules, empathy: { status: "completed" } },
      quizzes: {
        ...progress.quizzes,
        empathy: { answers: { c: answer(1) }, attempts: 1, bestScore: 1, passed: true },
      },
    };
    const changes = describeChanges(progress, next, outline);
    expect(changes.gained).toEqual([{ title: "Empathy", from: "not-started", to: "completed" }]);
    expect(changes.scoresRaised).toEqual([{ title: "Empathy", from: undefined, to: 1 }]);
    expect(changes.lost).toEqual([]);
    expect(hasNoChanges(changes)).toBe(false);
  });

  it("names what a replacement would lose", () => {
    const changes = describeChanges(progress, emptyProgress(), outline);
    expect(changes.lost).toEqual([{ title: "Introduction", from: "completed", to: "not-started" }]);
    expect(changes.scoresLowered).toEqual([{ title: "Introduction", from: 1, to: undefined }]);
  });

  it("says when nothing would change, whenever the record was saved", () => {
    const saved = { ...progress, savedAt: "2026-11-24T10:00:00.000Z" };
    expect(hasNoChanges(describeChanges(progress, saved, outline))).toBe(true);
  });

  it("counts everything beyond modules that replacing with an older file would remove", () => {
    const richer: Progress = {
      ...progress,
      reflections: { "intro/why": { text: "A note.", updatedAt: "2026-11-20T10:00:00.000Z" } },
      commitments: {
        intro: {
          text: "Call one customer a week",
          madeAt: "2026-11-20T10:00:00.000Z",
          checkIns: [{ at: "2026-11-21T10:00:00.000Z", did: "yes" }],
        },
      },
      activities: { "story-round": "2026-11-21T10:00:00.000Z" },
      review: { "intro/a": { box: 2, due: "2026-11-25" } },
      activeSeconds: { intro: 600, empathy: 120 },
      learnerName: "Ana Ruiz",
    };
    const changes = describeChanges(richer, progress, outline);
    expect(changes).toMatchObject({
      answers: { added: 0, changed: 0, removed: 0 },
      reflections: { added: 0, changed: 0, removed: 1 },
      commitments: { added: 0, changed: 0, removed: 1 },
      checkIns: { added: 0, changed: 0, removed: 1 },
      activities: { added: 0, changed: 0, removed: 1 },
      review: { added: 0, changed: 0, removed: 1 },
      activeSeconds: { from: 720, to: 0 },
      learnerName: { from: "Ana Ruiz", to: undefined },
    });
    expect(hasNoChanges(changes)).toBe(false);
  });

  it("counts quiz answers added, replaced and removed", () => {
    const next: Progress = {
      ...progress,
      quizzes: {
        intro: { ...progress.quizzes["intro"]!, answers: { a: answer(0), c: answer(1) } },
      },
    };
    expect(describeChanges(progress, next, outline).answers).toEqual({
      added: 1,
      changed: 1,
      removed: 2,
    });
  });

  it("notices a difference that no list names, such as a visit's date", () => {
    const next: Progress = {
      ...progress,
      modules: { ...progress.modules, intro: { status: "completed", lastVisit: "2026-11-24" } },
    };
    expect(hasNoChanges(describeChanges(progress, next, outline))).toBe(false);
  });
});

describe("visitModule and withoutModule", () => {
  it("starts a module on its first visit and only moves the last visit after that", () => {
    const first = visitModule(emptyProgress(), "intro", "2026-11-20T10:00:00.000Z");
    const second = visitModule(first, "intro", "2026-11-21T10:00:00.000Z");
    expect(second.modules["intro"]).toEqual({
      status: "in-progress",
      firstVisit: "2026-11-20T10:00:00.000Z",
      lastVisit: "2026-11-21T10:00:00.000Z",
    });
    const completed = visitModule(progress, "intro", "2026-11-21T10:00:00.000Z");
    expect(completed.modules["intro"]?.status).toBe("completed");
  });

  it("resets one module with its quizzes and reflections and nothing else", () => {
    const withReflection: Progress = {
      ...progress,
      reflections: {
        "intro/why": { text: "t", updatedAt: "2026-11-20T10:00:00.000Z" },
        "empathy/how": { text: "u", updatedAt: "2026-11-20T10:00:00.000Z" },
      },
    };
    const reset = withoutModule(withReflection, "intro", ["intro"]);
    expect(Object.keys(reset.modules)).toEqual(["old-module"]);
    expect(reset.quizzes).toEqual({});
    expect(Object.keys(reset.reflections)).toEqual(["empathy/how"]);
  });

  it("clears the module's review entries and time but keeps commitments and team activities", () => {
    const day = "2026-11-20";
    const at = "2026-11-20T10:00:00.000Z";
    const busy: Progress = {
      ...progress,
      review: { "intro/why": { box: 1, due: day }, "empathy/how": { box: 2, due: day } },
      activeSeconds: { intro: 300, empathy: 120 },
      commitments: { intro: { text: "Listen before fixing", madeAt: at, checkIns: [] } },
      activities: { "story-round": at },
    };
    const reset = withoutModule(busy, "intro", ["intro"]);
    expect(Object.keys(reset.review ?? {})).toEqual(["empathy/how"]);
    expect(reset.activeSeconds).toEqual({ empathy: 120 });
    expect(reset.commitments).toEqual(busy.commitments);
    expect(reset.activities).toEqual(busy.activities);
  });
});
