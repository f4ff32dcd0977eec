import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../src/lib/record/record";
import { mergeProgress } from "../../../src/lib/record/merge";
import {
  lessonStatus,
  masteryScore,
  mayWrite,
  trackReport,
  type TrackPlan,
} from "../../../src/lms/plan";
import {
  SUSPEND_DATA_LIMIT,
  decodeTrack,
  encodeTrack,
  longestEncoding,
} from "../../../src/lms/suspend";

/*
 * What a package sends the LMS: a track's progress packed small, read back into a record that
 * merges like an import, never carrying words the learner wrote; and what the LMS hears.
 */

const plan: TrackPlan = {
  id: "orientation",
  courseTitle: "CX Learning Map",
  name: "New-hire orientation",
  modules: [
    { id: "why-customer-focus", title: "Why customer focus", quizIds: ["why-customer-focus"] },
    { id: "empathy-in-practice", title: "Empathy", quizIds: ["empathy-check", "empathy-reflect"] },
  ],
  scoredQuizzes: [
    { id: "why-customer-focus", passMark: 0.8 },
    { id: "empathy-check", passMark: 0.7 },
  ],
  activityIds: ["team-huddle"],
  masteryScore: 75,
  offered: [
    { id: "why-customer-focus", quizIds: ["why-customer-focus"] },
    { id: "empathy-in-practice", quizIds: ["empathy-check", "empathy-reflect"] },
    { id: "outside-the-track", quizIds: ["outside-check"] },
  ],
  offeredActivityIds: ["team-huddle"],
  reporting: "completed-incomplete",
  questions: [],
};

const day = (iso: string) => new Date(iso).toISOString();

/** A learner halfway: one module done with a reflection and a commitment, one under way. */
function halfway(): Progress {
  return {
    ...emptyProgress(),
    modules: {
      "why-customer-focus": {
        status: "completed",
        firstVisit: day("2026-11-02T09:00:00Z"),
        lastVisit: day("2026-11-02T09:20:00Z"),
        completedAt: day("2026-11-02T09:20:00Z"),
      },
      "empathy-in-practice": { status: "in-progress", firstVisit: day("2026-11-03T10:00:00Z") },
      "not-in-this-package": { status: "completed", completedAt: day("2026-11-01T10:00:00Z") },
      "outside-the-track": { status: "completed", completedAt: day("2026-11-01T11:00:00Z") },
    },
    quizzes: {
      "why-customer-focus": {
        answers: {
          q1: {
            value: "anticipate",
            score: 1,
            correct: true,
            answeredAt: day("2026-11-02T09:19:00Z"),
          },
        },
        attempts: 2,
        lastScore: 0.9,
        bestScore: 0.9,
        passed: true,
      },
    },
    reflections: {
      "empathy-reflect/moment": {
        text: "My private thoughts",
        updatedAt: day("2026-11-03T10:05:00Z"),
      },
    },
    commitments: {
      "empathy-in-practice": {
        text: "Ask one more question",
        madeAt: day("2026-11-03T10:06:00Z"),
        checkIns: [{ at: day("2026-11-04T10:00:00Z"), did: "yes", note: "It went well, quietly" }],
      },
    },
    activities: { "team-huddle": day("2026-11-05T08:00:00Z") },
    activeSeconds: { "why-customer-focus": 610.4, "empathy-in-practice": 95 },
    learnerName: "Sam Rivera",
    track: "orientation",
  };
}

describe("the suspend data of a track", () => {
  it("round-trips the track's statuses, dates, best scores, ticks and time", () => {
    const reading = decodeTrack(encodeTrack(halfway(), plan), plan);
    expect(reading).toMatchObject({ ok: true });
    const back = (reading as { progress: Progress }).progress;
    expect(back.modules).toEqual({
      "why-customer-focus": halfway().modules["why-customer-focus"],
      "empathy-in-practice": halfway().modules["empathy-in-practice"],
      // A module the map offered outside the track travels too.
      "outside-the-track": halfway().modules["outside-the-track"],
    });
    expect(back.quizzes["why-customer-focus"]).toEqual({
      answers: {},
      attempts: 2,
      bestScore: 0.9,
      passed: true,
    });
    expect(back.activities).toEqual({ "team-huddle": day("2026-11-05T08:00:00Z") });
    expect(back.activeSeconds).toEqual({ "why-customer-focus": 610, "empathy-in-practice": 95 });
  });

  it("never carries reflections, commitments, check-in notes, answers or the name", () => {
    const packed = encodeTrack(halfway(), plan);
    for (const secret of [
      "My private thoughts",
      "Ask one more question",
      "quietly",
      "Sam Rivera",
      "anticipate",
    ]) {
      expect(packed).not.toContain(secret);
    }
    expect(packed).not.toContain("not-in-this-package");
  });

  it("merged into an empty browser, gives the same report as the learner's own record", () => {
    const back = (decodeTrack(encodeTrack(halfway(), plan), plan) as { progress: Progress })
      .progress;
    const merged = mergeProgress(emptyProgress(), back);
    expect(trackReport(merged, plan)).toEqual(trackReport(halfway(), plan));
  });

  it("merged into a browser that did better, takes nothing away", () => {
    const ahead = halfway();
    ahead.modules["empathy-in-practice"] = {
      status: "completed",
      completedAt: day("2026-11-06T10:00:00Z"),
    };
    const lmsCopy = (decodeTrack(encodeTrack(halfway(), plan), plan) as { progress: Progress })
      .progress;
    const merged = mergeProgress(ahead, lmsCopy);
    expect(merged.modules["empathy-in-practice"]!.status).toBe("completed");
    expect(merged.reflections).toEqual(ahead.reflections);
    expect(merged.quizzes["why-customer-focus"]!.answers).toEqual(
      ahead.quizzes["why-customer-focus"]!.answers,
    );
  });

  it("refuses what this site did not write, whole, with the reason", () => {
    const refused = (text: unknown) => {
      const reading = decodeTrack(text, plan);
      expect(reading.ok).toBe(false);
      return (reading as { reason: string }).reason;
    };
    expect(refused("")).toMatch(/no saved progress/);
    expect(refused("not json")).toMatch(/not in this site's format/);
    expect(refused("[]")).toMatch(/not in this site's format/);
    expect(refused('{"v":2,"m":{},"q":{},"a":{}}')).toMatch(/newer version/);
    const m = "why-customer-focus";
    expect(refused(`{"v":1,"m":{"${m}":[3,"","","",0]},"q":{},"a":{}}`)).toMatch(/module why/);
    expect(refused(`{"v":1,"m":{"${m}":[2,"","","",-5]},"q":{},"a":{}}`)).toMatch(/module why/);
    expect(refused(`{"v":1,"m":{},"q":{"${m}":[10001,1,1]},"a":{}}`)).toMatch(/quiz why/);
    expect(refused(`{"v":1,"m":{},"q":{"${m}":[1e309,1,1]},"a":{}}`)).toMatch(/quiz why/);
    expect(refused('{"v":1,"m":{},"q":{},"a":{"team-huddle":"%%"}}')).toMatch(/team activity/);
    expect(refused("x".repeat(SUSPEND_DATA_LIMIT * 5))).toMatch(/too long/);
    expect(refused(null)).toMatch(/did not hand back/);
    // Cut short by a few characters, as an LMS with a smaller limit does.
    const full = encodeTrack(halfway(), plan);
    expect(refused(full.slice(0, -7))).toMatch(/cut short/);
    // Another track's copy, fields this site never writes, modules it does not offer.
    expect(refused(full.replace('"t":"orientation"', '"t":"leader"'))).toMatch(/another track/);
    expect(refused(full.replace('"v":1,', '"v":1,"x":1,'))).toMatch(/field this site never writes/);
    expect(refused('{"v":1,"m":{"elsewhere":[2,"","","",0]},"q":{},"a":{}}')).toMatch(
      /module elsewhere is not in this package/,
    );
    // Dates no learner could have: before the site existed, or in the future.
    const at = (date: string) => Math.floor(Date.parse(date) / 1000).toString(36);
    expect(
      refused(`{"v":1,"m":{"why-customer-focus":[2,"${at("1999-01-01")}","","",0]},"q":{},"a":{}}`),
    ).toMatch(/impossible date/);
    expect(
      refused(`{"v":1,"m":{"why-customer-focus":[2,"${at("2099-01-01")}","","",0]},"q":{},"a":{}}`),
    ).toMatch(/impossible date/);
    // 15,000 characters of modules nobody offered.
    const flood = Object.fromEntries(
      Array.from({ length: 296 }, (_, index) => [`unknown-${index}`, [2, "", "", "", 0]]),
    );
    expect(refused(JSON.stringify({ v: 1, m: flood, q: {}, a: {} }))).toMatch(/too long/);
  });

  it("never throws and never reads an object's prototype, whatever the LMS hands back", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const reading = decodeTrack(text, plan);
        if (reading.ok)
          expect(Object.getPrototypeOf(reading.progress.modules)).toBe(Object.prototype);
      }),
    );
    const reading = decodeTrack('{"v":1,"m":{"__proto__":[2,"","","",0]},"q":{},"a":{}}', plan);
    expect(reading.ok && Object.keys(reading.progress.modules)).toEqual([]);
  });

  it("fits the largest record of the real tracks' size in SCORM 1.2's 4,096 characters, and says when a track cannot", () => {
    expect(longestEncoding(plan)).toBeLessThan(SUSPEND_DATA_LIMIT);
    const huge: TrackPlan = {
      ...plan,
      offered: Array.from({ length: 60 }, (_, index) => ({
        id: `a-rather-long-module-id-number-${index}`,
        quizIds: [`a-rather-long-quiz-id-number-${index}`],
      })),
    };
    expect(longestEncoding(huge)).toBeGreaterThan(SUSPEND_DATA_LIMIT);
  });
});

describe("the report to the LMS", () => {
  it("is incomplete until every module is done, with the mean of the best scores", () => {
    expect(trackReport(halfway(), plan)).toEqual({
      modulesDone: 1,
      complete: false,
      score: 45, // (0.9 + 0, quiz not taken) / 2
      status: "incomplete",
      activeSeconds: 705,
    });
  });

  it("passes at or above the mastery score, and fails below the LMS's own", () => {
    const done = halfway();
    done.modules["empathy-in-practice"] = { status: "completed" };
    done.quizzes["empathy-check"] = { answers: {}, attempts: 1, bestScore: 0.7, passed: true };
    expect(trackReport(done, plan)).toMatchObject({ complete: true, score: 80, status: "passed" });
    expect(trackReport(done, plan, 85)).toMatchObject({ status: "failed" });
  });

  it("reports the course's choice of statuses, and a score only once the track is finished", () => {
    const started = trackReport(halfway(), plan);
    const done = halfway();
    done.modules["empathy-in-practice"] = { status: "completed" };
    done.quizzes["empathy-check"] = { answers: {}, attempts: 1, bestScore: 1, passed: true };
    const finished = trackReport(done, plan);
    const statuses = (reporting: TrackPlan["reporting"]) => [
      lessonStatus(started, reporting),
      lessonStatus(finished, reporting),
    ];
    expect(statuses("completed-incomplete")).toEqual(["incomplete", "completed"]);
    expect(statuses("passed-incomplete")).toEqual(["incomplete", "passed"]);
    expect(statuses("passed-failed")).toEqual(["failed", "passed"]);
    expect(statuses("completed-failed")).toEqual(["failed", "completed"]);
    const fresh = { finished: false, score: undefined };
    expect(mayWrite(started, fresh)).toEqual({ status: true, score: false });
    expect(mayWrite(finished, fresh)).toEqual({ status: true, score: true });
  });

  it("never lowers what the LMS recorded: a finished status stays, a lower score is not sent", () => {
    const done = halfway();
    done.modules["empathy-in-practice"] = { status: "completed" };
    done.quizzes["empathy-check"] = { answers: {}, attempts: 1, bestScore: 0.7, passed: true };
    const finished = trackReport(done, plan); // score 80
    expect(mayWrite(trackReport(halfway(), plan), { finished: true, score: 95 })).toEqual({
      status: false,
      score: false,
    });
    expect(mayWrite(finished, { finished: true, score: 95 })).toEqual({
      status: false,
      score: false,
    });
    expect(mayWrite(finished, { finished: true, score: 60 })).toEqual({
      status: false,
      score: true,
    });
  });

  it("sets a mastery score no learner who passed every quiz can fall under", () => {
    expect(masteryScore(plan.scoredQuizzes)).toBe(75);
    expect(masteryScore([])).toBe(0);
  });
});

describe("a required film in the LMS copy", () => {
  const withFilm: TrackPlan = {
    ...plan,
    modules: plan.modules.map((module) =>
      module.id === "empathy-in-practice" ? { ...module, filmIds: ["empathy"] } : module,
    ),
  };

  it("travels as its share watched, rounded down, and merges back never lower", () => {
    const progress: Progress = {
      ...halfway(),
      films: {
        empathy: { played: [[0, 0.93337]], share: 0.93337 },
        other: { played: [], share: 1 },
      },
    };
    const text = encodeTrack(progress, withFilm);
    expect(JSON.parse(text).f).toEqual({ empathy: 9333 });
    const reading = decodeTrack(text, withFilm);
    expect(reading.ok && reading.progress.films).toEqual({
      empathy: { played: [], share: 0.9333 },
    });
    // This browser played less since: the merge keeps the LMS's higher share.
    const here: Progress = {
      ...emptyProgress(),
      films: { empathy: { played: [[0, 0.5]], share: 0.5 } },
    };
    const merged = mergeProgress(here, reading.ok ? reading.progress : emptyProgress());
    expect(merged.films?.["empathy"]).toEqual({ played: [[0, 0.5]], share: 0.9333 });
  });

  it("refuses a damaged share, and still fits the worst case in suspend_data", () => {
    expect(decodeTrack('{"v":1,"m":{},"q":{},"a":{},"f":{"empathy":10001}}', withFilm)).toEqual({
      ok: false,
      reason: "film empathy is damaged",
    });
    expect(longestEncoding(withFilm)).toBeLessThan(SUSPEND_DATA_LIMIT);
    expect(longestEncoding(withFilm)).toBeGreaterThan(longestEncoding(plan));
  });
});
