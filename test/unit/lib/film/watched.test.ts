import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addPlayed,
  coverage,
  mergeFilm,
  normalise,
  toShares,
  type FilmProgress,
} from "../../../../src/lib/film/watched";
import { recordWatching } from "../../../../src/lib/record/film";
import { mergeProgress } from "../../../../src/lib/record/merge";
import { readProgress } from "../../../../src/lib/record/read";
import { isCurrentRecord } from "../../../../src/lib/record/quick-check";
import { emptyProgress } from "../../../../src/lib/record/record";

const stretch = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]);
const entry = fc
  .record({
    played: fc.array(stretch, { maxLength: 12 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ played, share }): FilmProgress => addPlayed({ played: [], share }, played));

describe("the share of a film played", () => {
  it("counts the union of stretches played, once, and never what was skipped", () => {
    // Played 0-30 s, replayed 10-20 s, jumped to 100 s and played to 120 s: 50 s of 120.
    const played = toShares(
      [
        [0, 30],
        [10, 20],
        [100, 120],
      ],
      120,
    );
    expect(played).toEqual([
      [0, 0.25],
      [0.8334, 1],
    ]);
    expect(coverage(played)).toBeCloseTo(50 / 120, 3);
  });

  it("joins touching stretches and keeps the longest when there are too many", () => {
    expect(
      normalise([
        [0.2, 0.3],
        [0.1, 0.2],
        [0.5, 0.5],
      ]),
    ).toEqual([[0.1, 0.3]]);
    const many = Array.from({ length: 200 }, (_, i): [number, number] => [
      i / 200,
      i / 200 + 0.001,
    ]);
    expect(normalise(many)).toHaveLength(64);
  });

  it("merges never lower: the share is at least either side's, whatever the order", () => {
    fc.assert(
      fc.property(entry, entry, (a, b) => {
        const merged = mergeFilm(a, b);
        expect(merged.share).toBeGreaterThanOrEqual(Math.max(a.share, b.share));
        expect(merged.share).toBeGreaterThanOrEqual(coverage(merged.played) - 1e-9);
        expect(mergeFilm(b, a).share).toBe(merged.share);
        expect(mergeFilm(merged, a).share).toBe(merged.share);
      }),
    );
  });

  it("merges records across tabs and imports without lowering the share, and keeps the first 'watched'", () => {
    const mine = {
      ...emptyProgress(),
      films: {
        empathy: { played: [[0, 0.95]], share: 0.95, watchedAt: "2026-11-02T10:00:00.000Z" },
      },
    } satisfies ReturnType<typeof emptyProgress>;
    const theirs = {
      ...emptyProgress(),
      films: {
        empathy: { played: [[0.5, 0.6]], share: 0.1 },
        other: { played: [], share: 1, watchedAt: "2026-11-01T10:00:00.000Z" },
      },
    } satisfies ReturnType<typeof emptyProgress>;
    const merged = mergeProgress(theirs as never, mine as never);
    expect(merged.films?.["empathy"]).toEqual({
      played: [[0, 0.95]],
      share: 0.95,
      watchedAt: "2026-11-02T10:00:00.000Z",
    });
    expect(merged.films?.["other"]?.share).toBe(1);
  });

  it("is part of the stored record: the quick check and the full reader keep it, and drop a bad one", () => {
    const record = { ...emptyProgress(), films: { empathy: { played: [[0, 0.5]], share: 0.5 } } };
    expect(isCurrentRecord(record)).toBe(true);
    expect(
      isCurrentRecord({ ...record, films: { empathy: { played: [[0.5, 0.2]], share: 0.5 } } }),
    ).toBe(false);
    const damaged = readProgress(
      JSON.stringify({ ...record, films: { ...record.films, bad: { played: "all", share: 2 } } }),
    );
    expect(damaged.outcome).toBe("repaired");
    expect(damaged.progress.films).toEqual(record.films);
  });
});

describe("watching completes a module that requires the film", () => {
  const module = {
    moduleId: "empathy-in-practice",
    quizIds: ["empathy-in-practice"],
    films: [{ id: "empathy", share: 0.9 }],
  };
  const passed = {
    ...emptyProgress(),
    quizzes: { "empathy-in-practice": { answers: {}, attempts: 1, bestScore: 1, passed: true } },
    modules: { "empathy-in-practice": { status: "in-progress" as const } },
  };
  const now = "2026-11-03T10:00:00.000Z";

  it("not before 90% is played, then at once, and never again lower", () => {
    const half = recordWatching(passed, {
      filmId: "empathy",
      played: [[0, 0.5]],
      required: 0.9,
      module,
      now,
    });
    expect(half.modules["empathy-in-practice"]?.status).toBe("in-progress");
    const most = recordWatching(half, {
      filmId: "empathy",
      played: [[0.45, 0.95]],
      required: 0.9,
      module,
      now,
    });
    expect(most.films?.["empathy"]).toMatchObject({ share: 0.95, watchedAt: now });
    expect(most.modules["empathy-in-practice"]).toMatchObject({
      status: "completed",
      completedAt: now,
    });
  });

  it("a platform film counts when the learner says so", () => {
    const said = recordWatching(passed, {
      filmId: "empathy",
      played: [],
      saidWatched: true,
      required: 0.9,
      module,
      now,
    });
    expect(said.films?.["empathy"]?.share).toBe(1);
    expect(said.modules["empathy-in-practice"]?.status).toBe("completed");
  });
});

describe("answering the last quiz of a module that requires a film", () => {
  it("does not complete the module until the film is watched", async () => {
    const { recordAnswer } = await import("../../../../src/lib/record/quiz");
    const answer = {
      moduleId: "empathy-in-practice",
      moduleQuizIds: ["empathy-film"],
      moduleFilms: [{ id: "empathy", share: 0.9 }],
      quizId: "empathy-film",
      questionIds: ["q"],
      questionId: "q",
      value: "right",
      score: 1,
      passMark: 0.8,
      now: "2026-11-03T10:00:00.000Z",
    };
    const unwatched = recordAnswer(emptyProgress(), answer);
    expect(unwatched.quizzes["empathy-film"]?.passed).toBe(true);
    expect(unwatched.modules["empathy-in-practice"]?.status).toBe("in-progress");
    const watched = recordAnswer(
      { ...emptyProgress(), films: { empathy: { played: [[0, 1]], share: 1 } } },
      answer,
    );
    expect(watched.modules["empathy-in-practice"]?.status).toBe("completed");
  });
});
