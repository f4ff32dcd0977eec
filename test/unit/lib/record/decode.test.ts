import { describe, expect, it } from "vitest";
import { PROGRESS_VERSION, emptyProgress, type Progress } from "../../../../src/lib/record/record";
import { readProgress } from "../../../../src/lib/record/read";
import { check, progressSchema } from "../../../../src/lib/record/schema";
import { migrations } from "../../../../src/lib/record/migrate";

const answer = { value: "a", score: 1, correct: true, answeredAt: "2026-11-20T10:00:00.000Z" };

/** A valid current record with two modules and one quiz. */
function record(): Progress {
  return {
    version: PROGRESS_VERSION,
    modules: {
      intro: { status: "completed", completedAt: "2026-11-20T10:00:00.000Z" },
      next: { status: "in-progress", firstVisit: "2026-11-21T09:00:00.000Z" },
    },
    quizzes: { intro: { answers: { one: answer }, attempts: 1, bestScore: 1, passed: true } },
    reflections: {},
    track: "leader",
  };
}

describe("readProgress", () => {
  it("reports nothing stored as empty", () => {
    expect(readProgress(null)).toEqual({ outcome: "empty", progress: emptyProgress() });
  });

  it("reads a valid record as it is", () => {
    expect(readProgress(JSON.stringify(record()))).toEqual({
      outcome: "valid",
      progress: record(),
    });
  });

  it("calls text that is not JSON unreadable and keeps nothing", () => {
    const reading = readProgress("{not json");
    expect(reading.outcome).toBe("unreadable");
    expect(reading.progress).toEqual(emptyProgress());
  });

  it("calls JSON that is not a record unreadable", () => {
    for (const text of ["42", "[]", "null", '"text"', "true"]) {
      expect(readProgress(text).outcome).toBe("unreadable");
    }
  });

  it("drops one broken module entry and keeps the others", () => {
    const raw = { ...record(), modules: { ...record().modules, broken: { status: "finished" } } };
    const reading = readProgress(JSON.stringify(raw));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["modules.broken"] });
    expect(reading.progress.modules).toEqual(record().modules);
    expect(reading.progress.quizzes).toEqual(record().quizzes);
  });

  it("drops a broken optional field but keeps its entry", () => {
    const raw = record() as unknown as { modules: Record<string, Record<string, unknown>> };
    raw.modules["next"]!["lastVisit"] = 12;
    const reading = readProgress(JSON.stringify(raw));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["modules.next.lastVisit"] });
    expect(reading.progress.modules["next"]).toEqual(record().modules["next"]);
  });

  it("keeps a quiz's good answers and results when one answer is broken", () => {
    const raw = record() as unknown as { quizzes: Record<string, { answers: object }> };
    raw.quizzes["intro"]!.answers = { one: answer, two: { value: "b", score: 7 } };
    const reading = readProgress(JSON.stringify(raw));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["quizzes.intro.answers.two"] });
    expect(reading.progress.quizzes["intro"]).toEqual(record().quizzes["intro"]);
  });

  it("gives a quiz with broken attempts a safe default instead of dropping its answers", () => {
    const raw = { ...record(), quizzes: { intro: { answers: { one: answer }, attempts: -3 } } };
    const reading = readProgress(JSON.stringify(raw));
    expect(reading.progress.quizzes["intro"]).toEqual({
      answers: { one: answer },
      attempts: 0,
      passed: false,
    });
  });

  it("keeps a track id the course file no longer has, as it keeps modules", () => {
    const reading = readProgress(JSON.stringify({ ...record(), track: "retired-track" }));
    expect(reading).toMatchObject({ outcome: "valid" });
    expect(reading.progress.track).toBe("retired-track");
  });

  it("drops a track that is not an id", () => {
    const reading = readProgress(JSON.stringify({ ...record(), track: "<b>ninja</b>" }));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["track"] });
    expect(reading.progress.track).toBeUndefined();
  });

  it("removes __proto__ and constructor keys at any depth and reports them", () => {
    const text = JSON.stringify(record()).replace(
      '"modules":{',
      '"modules":{"__proto__":{"status":"completed"},"constructor":{"status":"completed"},',
    );
    const reading = readProgress(text);
    expect(reading.outcome).toBe("repaired");
    expect(Object.keys(reading.progress.modules)).toEqual(["intro", "next"]);
    expect(Object.getPrototypeOf(reading.progress.modules)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["status"]).toBeUndefined();
  });

  it("keeps module and question ids the content no longer has", () => {
    const raw = record();
    raw.modules["renamed-long-ago"] = { status: "completed" };
    raw.quizzes["intro"]!.answers["removed-question"] = answer;
    const reading = readProgress(JSON.stringify(raw));
    expect(reading.outcome).toBe("valid");
    expect(reading.progress.modules["renamed-long-ago"]).toEqual({ status: "completed" });
    expect(reading.progress.quizzes["intro"]!.answers["removed-question"]).toEqual(answer);
  });

  it("repairs a record with no version as the current version", () => {
    const { version: _version, ...unversioned } = record();
    const reading = readProgress(JSON.stringify(unversioned));
    expect(reading).toMatchObject({ outcome: "repaired", dropped: ["version"] });
    expect(reading.progress).toEqual(record());
  });

  it("reads a record from a newer version for display without calling it repaired", () => {
    const newer = { ...record(), version: PROGRESS_VERSION + 1, streaks: { days: 4 } };
    const reading = readProgress(JSON.stringify(newer));
    expect(reading).toMatchObject({ outcome: "newer", version: PROGRESS_VERSION + 1 });
    expect(reading.progress.modules).toEqual(record().modules);
    expect(check(progressSchema, reading.progress).success).toBe(true);
  });
});

describe("migrations", () => {
  it("has one step for every version before the current one", () => {
    expect(migrations).toHaveLength(PROGRESS_VERSION - 1);
  });

  it("migrates a v1 record to the current version, estimating savedAt from the latest activity", () => {
    const v1 = {
      version: 1,
      modules: { intro: { status: "completed", lastVisit: "2026-11-20T10:00:00.000Z" } },
      quizzes: {
        intro: {
          answers: { one: { ...answer, answeredAt: "2026-11-22T08:30:00.000Z" } },
          attempts: 1,
          passed: true,
        },
      },
      reflections: {
        "intro/why": { text: "Listen first.", updatedAt: "2026-11-21T12:00:00.000Z" },
      },
    };
    const reading = readProgress(JSON.stringify(v1));
    expect(reading).toMatchObject({ outcome: "valid", migratedFrom: 1 });
    expect(reading.progress).toEqual({
      ...v1,
      version: PROGRESS_VERSION,
      savedAt: "2026-11-22T08:30:00.000Z",
    });
  });

  it("migrates a v1 record with no dates and leaves savedAt out", () => {
    const reading = readProgress('{"version":1,"modules":{},"quizzes":{},"reflections":{}}');
    expect(reading).toEqual({ outcome: "valid", migratedFrom: 1, progress: emptyProgress() });
  });

  it("migrates a broken v1 record, then repairs it entry by entry", () => {
    const text = JSON.stringify({
      version: 1,
      modules: { good: { status: "completed" }, bad: { status: "finished" } },
      quizzes: "not an object",
      reflections: {},
    });
    const reading = readProgress(text);
    expect(reading).toMatchObject({
      outcome: "repaired",
      migratedFrom: 1,
      dropped: ["modules.bad", "quizzes"],
    });
    expect(reading.progress.modules).toEqual({ good: { status: "completed" } });
  });
});
