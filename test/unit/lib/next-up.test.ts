import { describe, expect, it } from "vitest";
import { moduleStates, nextUp, trackProgress, type PathModule } from "../../../src/lib/next-up";
import { orderModules, type CurriculumModule } from "../../../src/course/curriculum-rules";
import { emptyProgress, type ModuleProgress, type Progress } from "../../../src/lib/record/record";
import type { TrackId } from "../../../src/schemas/module";
import { realShape } from "./map-fixtures";

// The real curriculum's shape with its tracks: orientation 0–5, leader 1, 2, 6–8, 12,
// self-paced everything but the leader-only 6–8.
const tracksOf = (id: string): TrackId[] => {
  const number = Number(id.slice(1));
  const tracks: TrackId[] = [];
  if (number <= 5) tracks.push("orientation");
  if ([1, 2, 6, 7, 8, 12].includes(number)) tracks.push("leader");
  if (![6, 7, 8].includes(number)) tracks.push("self-paced");
  return tracks;
};

/** The modules in reading order, each 10 minutes but m12 (30). */
const modules: PathModule[] = orderModules(
  Object.entries(realShape).map(([id, prerequisites], order): CurriculumModule => ({
    id,
    filePath: `content/modules/${id}.mdx`,
    quizIds: [],
    data: {
      title: id,
      summary: `About ${id}.`,
      tracks: tracksOf(id),
      prerequisites,
      minutes: id === "m12" ? 30 : 10,
      activityMinutes: 0,
      passMark: 0.8,
      order,
    },
  })),
).map((module) => ({
  id: module.id,
  minutes: module.data.minutes,
  tracks: module.data.tracks,
  prerequisites: module.data.prerequisites,
}));

function progressWith(
  entries: Record<string, ModuleProgress["status"] | ModuleProgress>,
): Progress {
  const progress = emptyProgress();
  for (const [id, entry] of Object.entries(entries)) {
    progress.modules[id] = typeof entry === "string" ? { status: entry } : entry;
  }
  return progress;
}

const done = (...ids: string[]) =>
  progressWith(Object.fromEntries(ids.map((id) => [id, "completed" as const])));

describe("nextUp", () => {
  it("starts a new learner at the first module of the track", () => {
    expect(nextUp(modules, "orientation", emptyProgress())).toEqual({
      kind: "next",
      moduleId: "m0",
    });
  });

  it("moves on to the first module whose prerequisites are done", () => {
    expect(nextUp(modules, "orientation", done("m0", "m1"))).toEqual({
      kind: "next",
      moduleId: "m2",
    });
    expect(nextUp(modules, "orientation", done("m0", "m1", "m2", "m3"))).toEqual({
      kind: "next",
      moduleId: "m4",
    });
  });

  it("never suggests a module whose prerequisites are not done", () => {
    // m5 comes after m3 and m4; with only m3 done, m4 is next, not m5.
    const next = nextUp(modules, "orientation", done("m0", "m1", "m2", "m3"));
    expect(next).not.toEqual({ kind: "next", moduleId: "m5" });
  });

  it("suggests a prerequisite outside the track when the track builds on it", () => {
    // The leader track's m12 needs m11, which needs m4 and m9: none of them leader modules.
    const progress = done("m0", "m1", "m2", "m6", "m7", "m8");
    expect(nextUp(modules, "leader", progress)).toEqual({ kind: "next", moduleId: "m4" });
  });

  it("continues the module under way, the one visited last when there are several", () => {
    const progress = progressWith({
      m0: "completed",
      m1: "completed",
      m2: { status: "in-progress", lastVisit: "2026-01-02T10:00:00.000Z" },
      m4: { status: "in-progress", lastVisit: "2026-01-03T10:00:00.000Z" },
    });
    expect(nextUp(modules, "orientation", progress)).toEqual({ kind: "continue", moduleId: "m4" });
  });

  it("does not continue a module under way on another track", () => {
    const progress = progressWith({ m0: "completed", m1: "completed", m9: "in-progress" });
    expect(nextUp(modules, "orientation", progress)).toEqual({ kind: "next", moduleId: "m2" });
  });

  it("says the track is finished when every module of it and its prerequisites is done", () => {
    expect(nextUp(modules, "orientation", done("m0", "m1", "m2", "m3", "m4", "m5"))).toEqual({
      kind: "finished",
    });
  });

  it("ignores progress stored for modules that no longer exist", () => {
    const progress = progressWith({ removed: "in-progress", m0: "completed" });
    expect(nextUp(modules, "orientation", progress)).toEqual({ kind: "next", moduleId: "m1" });
  });
});

describe("trackProgress", () => {
  it("counts modules done and minutes left on the track", () => {
    expect(trackProgress(modules, "leader", done("m0", "m1", "m2"))).toEqual({
      total: 6,
      done: 2,
      minutesTotal: 80,
      minutesLeft: 60,
    });
  });

  it("counts only modules in the current content, and only the track's own", () => {
    const progress = done("removed-module", "m9", "m1");
    expect(trackProgress(modules, "orientation", progress)).toEqual({
      total: 6,
      done: 1,
      minutesTotal: 60,
      minutesLeft: 50,
    });
  });

  it("counts a module under way as still to do", () => {
    expect(trackProgress(modules, "orientation", progressWith({ m0: "in-progress" })).done).toBe(0);
  });
});

describe("moduleStates", () => {
  it("shows a module with unfinished prerequisites as waiting for them, in reading order", () => {
    const states = moduleStates(modules, done("m0"));
    expect(states.get("m1")).toEqual({ status: "not-started", waitingFor: [] });
    expect(states.get("m6")).toEqual({ status: "waiting", waitingFor: ["m1", "m2"] });
    expect(moduleStates(modules, done("m0", "m1")).get("m6")).toEqual({
      status: "waiting",
      waitingFor: ["m2"],
    });
  });

  it("shows the stored status of a module begun, whatever its prerequisites", () => {
    const states = moduleStates(modules, progressWith({ m5: "in-progress", m3: "completed" }));
    expect(states.get("m5")).toEqual({ status: "in-progress", waitingFor: [] });
    expect(states.get("m3")).toEqual({ status: "completed", waitingFor: [] });
  });

  it("does not wait for a prerequisite that is not in the content", () => {
    const lonely: PathModule[] = [
      { id: "a", minutes: 5, tracks: ["self-paced"], prerequisites: ["gone"] },
    ];
    expect(moduleStates(lonely, emptyProgress()).get("a")).toEqual({
      status: "not-started",
      waitingFor: [],
    });
  });
});
