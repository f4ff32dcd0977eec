import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../src/lib/record/record";
import { roadStops } from "../../../src/lib/road";
import { findTrackProblems } from "../../../src/course/curriculum-rules";

const stops = [
  { id: "start", prerequisites: [], quizIds: ["start"], passMark: 0.8 },
  { id: "why", prerequisites: ["start"], quizIds: ["why"], passMark: 0.8 },
  { id: "how", prerequisites: ["why"], quizIds: ["how"], passMark: 0.8 },
];

describe("the road of a track", () => {
  it("marks done stops, the current one, and later ones with the step they wait for", () => {
    const progress = emptyProgress();
    progress.modules.start = { status: "completed" };
    const road = roadStops(stops, progress, { kind: "next", moduleId: "why" });
    expect(road.map((stop) => [stop.step, stop.state, stop.after])).toEqual([
      [1, "done", undefined],
      [2, "current", undefined],
      [3, "later", 2],
    ]);
  });

  it("says a quiz needs another try with its best score against the pass mark", () => {
    const progress = emptyProgress();
    progress.quizzes.start = { answers: {}, attempts: 2, bestScore: 0.75, passed: false };
    const [first] = roadStops(stops, progress, { kind: "continue", moduleId: "start" });
    expect(first).toMatchObject({ state: "current", retry: { score: 0.75, mark: 0.8 } });
  });
});

describe("tracks closed under prerequisites", () => {
  const module = (id: string, tracks: string[], prerequisites: string[] = []) => ({
    id,
    filePath: `content/modules/${id}.mdx`,
    quizIds: [],
    data: { tracks, prerequisites } as never,
  });

  it("names both files and the fixes when a track lacks a module one of its modules needs", () => {
    const problems = findTrackProblems([
      module("start", ["orientation"]),
      module("next", ["orientation", "leader"], ["start"]),
    ]);
    expect(problems).toEqual([
      'content/modules/next.mdx: the track "leader" holds this module, which needs "start" (content/modules/start.mdx), which is not in that track. Add leader to the tracks of content/modules/start.mdx, or remove leader from this module\'s tracks or start from its prerequisites.',
    ]);
  });

  it("passes a track that holds everything its modules need", () => {
    expect(
      findTrackProblems([
        module("start", ["orientation", "leader"]),
        module("next", ["orientation", "leader"], ["start"]),
      ]),
    ).toEqual([]);
  });
});
