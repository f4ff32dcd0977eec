import { afterEach, describe, expect, it } from "vitest";
import { certificateState, type CertificateTrack } from "../../../src/lib/certificate";
import { completionCode, parseCompletionCode } from "../../../src/lib/completion-code";
import { emptyProgress, type Progress } from "../../../src/lib/record/record";

const leader: CertificateTrack = {
  id: "leader",
  name: "Leader development",
  title: "Leader development",
  modules: [
    { id: "routines", title: "Routines that keep it alive" },
    { id: "leading", title: "Leading the culture" },
  ],
  activities: [
    { id: "story-round", title: "A weekly customer-story round", moduleId: "routines" },
    { id: "habits", title: "Where our habits came from", moduleId: "leading" },
  ],
};

/** A local time on a day of November 2026. */
const november = (date: number, hour = 15) => new Date(2026, 10, date, hour).toISOString();

const completed = (at: string) => ({ status: "completed" as const, completedAt: at });

describe("certificateState", () => {
  it("lists what is left before the track is complete", () => {
    const progress: Progress = {
      ...emptyProgress(),
      modules: { routines: completed(november(20)) },
    };
    expect(certificateState(progress, leader)).toEqual({
      kind: "incomplete",
      done: 1,
      left: [{ id: "leading", title: "Leading the culture", status: "not-started" }],
    });
  });

  it("dates a complete track by its last module and gives its completion code", () => {
    const progress: Progress = {
      ...emptyProgress(),
      modules: { routines: completed(november(24)), leading: completed(november(20)) },
    };
    const state = certificateState(progress, leader);
    expect(state).toEqual({
      kind: "complete",
      day: "2026-11-24",
      code: completionCode({
        track: "leader",
        day: "2026-11-24",
        moduleIds: ["routines", "leading"],
      }),
      activitiesRun: [],
    });
    expect(parseCompletionCode(state.kind === "complete" ? state.code : "")).toMatchObject({
      ok: true,
      track: "leader",
      day: "2026-11-24",
    });
  });

  it("keeps the same code however often it is opened, and leaves the name out", () => {
    const progress: Progress = {
      ...emptyProgress(),
      modules: { routines: completed(november(24)), leading: completed(november(20)) },
    };
    const named = { ...progress, learnerName: "Ada Lovelace", savedAt: november(28) };
    expect(certificateState(named, leader)).toEqual(certificateState(progress, leader));
  });

  it("lists the team activities the manager ticked, in the track's order", () => {
    const progress: Progress = {
      ...emptyProgress(),
      modules: { routines: completed(november(24)), leading: completed(november(20)) },
      activities: { habits: november(21), "story-round": november(22), elsewhere: november(1) },
    };
    const state = certificateState(progress, leader);
    expect(state.kind === "complete" && state.activitiesRun.map((activity) => activity.id)).toEqual(
      ["story-round", "habits"],
    );
  });
});

describe("certificateState in the learner's timezone", () => {
  const timezone = process.env["TZ"];
  afterEach(() => {
    if (timezone === undefined) delete process.env["TZ"];
    else process.env["TZ"] = timezone;
  });

  /** The certificate of a track completed at `at` (UTC), as seen in `zone`. */
  const seenIn = (zone: string, at: string) => {
    process.env["TZ"] = zone;
    const progress: Progress = {
      ...emptyProgress(),
      modules: { routines: completed(at), leading: completed(at) },
    };
    const state = certificateState(progress, leader);
    if (state.kind !== "complete") throw new Error("expected a complete track");
    return state;
  };

  // A device whose clock is far off still gets a well-formed code; /verify/ then says plainly
  // that no track can have been finished on that day.
  it("gives a well-formed code for a track completed on 9999-12-31 UTC, in Tokyo", () => {
    const state = seenIn("Asia/Tokyo", "9999-12-31T20:00:00.000Z");
    expect(new Date("9999-12-31T20:00:00.000Z").getFullYear()).toBe(10000);
    expect(state.day).toBe("9999-12-31");
    expect(
      parseCompletionCode(state.code, undefined, new Date("9999-12-31T12:00:00.000Z")),
    ).toMatchObject({ ok: true, day: "9999-12-31" });
    expect(parseCompletionCode(state.code)).toMatchObject({
      ok: false,
      problem: { kind: "in-future", date: "9999-12-31" },
    });
  });

  it("gives a well-formed code for a track completed in year 0050, in New York, that /verify/ refuses as too early", () => {
    const state = seenIn("America/New_York", "0050-06-01T12:00:00.000Z");
    expect(state.day).toBe("0050-06-01");
    expect(parseCompletionCode(state.code)).toMatchObject({
      ok: false,
      problem: { kind: "too-early", date: "0050-06-01" },
    });
  });
});
