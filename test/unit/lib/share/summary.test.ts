import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CertificateTrack } from "../../../../src/lib/certificate";
import { completionCode } from "../../../../src/lib/completion-code";
import { emptyProgress, type Progress } from "../../../../src/lib/record/record";
import type { CourseOutline } from "../../../../src/lib/record/summary";
import {
  SUMMARY_TEXT_PREFIX,
  summaryCheck,
  type TeamSummary,
} from "../../../../src/lib/share/format";
import { makeSummary } from "../../../../src/lib/share/make";
import { readSummaryFile, readSummaryText } from "../../../../src/lib/share/read";
import { summaryFileText, summaryText } from "../../../../src/lib/share/write";
import { progress as anyProgress } from "../record/arbitraries";

/*
 * The summary a learner shares with their manager: what it holds (numbers, never their words),
 * and that it comes back whole from a file or a text, or is refused with the reason.
 */

const outline: CourseOutline = {
  modules: [
    { id: "why-customer-focus", title: "Why", quizzes: [{ id: "why", questionIds: ["q1", "q2"] }] },
    { id: "leading-the-culture", title: "Leading", quizzes: [{ id: "lead", questionIds: ["q1"] }] },
  ],
};
const tracks: CertificateTrack[] = [
  {
    id: "leader",
    name: "Leader development",
    title: "Leading customer focus",
    modules: outline.modules.map(({ id, title }) => ({ id, title })),
    activities: [],
  },
];
const now = new Date("2026-11-24T10:00:00Z");

const learner: Progress = {
  ...emptyProgress(),
  modules: {
    "why-customer-focus": { status: "completed", completedAt: "2026-11-20T09:00:00.000Z" },
    "leading-the-culture": { status: "in-progress", firstVisit: "2026-11-21T09:00:00.000Z" },
  },
  quizzes: {
    why: {
      answers: {
        q1: {
          value: "my secret answer",
          score: 1,
          correct: true,
          answeredAt: "2026-11-20T09:00:00.000Z",
        },
      },
      attempts: 1,
      bestScore: 0.875,
      passed: true,
    },
  },
  reflections: { "why/r1": { text: "I felt unheard", updatedAt: "2026-11-20T09:00:00.000Z" } },
  review: { "why/q2": { box: 1, due: "2026-11-22" }, "why/q1": { box: 4, due: "2026-12-01" } },
  commitments: {
    "why-customer-focus": {
      text: "Call Ana back",
      madeAt: "2026-11-20T09:00:00.000Z",
      checkIns: [{ at: "2026-11-21T09:00:00.000Z", did: "yes", note: "She was pleased" }],
    },
  },
  learnerName: "Certificate Name",
};

describe("making a summary", () => {
  it("holds modules done with their day and best score, started modules, review and commitment counts", () => {
    expect(makeSummary(learner, { outline, tracks }, "  Ana Lima ", now)).toEqual({
      version: 1,
      name: "Ana Lima",
      madeAt: now.toISOString(),
      modules: [
        {
          id: "why-customer-focus",
          status: "done",
          day: expect.stringMatching(/^2026-11-2[01]$/),
          score: 88,
        },
        { id: "leading-the-culture", status: "started" },
      ],
      certificates: [],
      review: { learned: 1, waiting: 1, due: 1 },
      commitments: { made: 1, checkIns: 1 },
    });
  });

  it("holds a certificate's completion code once every module of the track is done", () => {
    const done: Progress = {
      ...learner,
      modules: {
        ...learner.modules,
        "leading-the-culture": { status: "completed", completedAt: "2026-11-23T12:00:00.000Z" },
      },
    };
    const [certificate] = makeSummary(done, { outline, tracks }, "Ana", now).certificates;
    expect(certificate).toEqual({
      track: "leader",
      code: expect.stringMatching(/^CX-LDR-20261123-/),
    });
  });
});

/** Text no summary may hold: it marks everything the learner wrote or answered. */
const PRIVATE = "§private§";

/** The record with every reflection, commitment, check-in note and answer marked private. */
function markPrivate(record: Progress): Progress {
  const mark = (text: string) => `${PRIVATE}${text}`;
  return {
    ...record,
    reflections: Object.fromEntries(
      Object.entries(record.reflections).map(([key, entry]) => [
        key,
        { ...entry, text: mark(entry.text) },
      ]),
    ),
    quizzes: Object.fromEntries(
      Object.entries(record.quizzes).map(([key, quiz]) => [
        key,
        {
          ...quiz,
          answers: Object.fromEntries(
            Object.entries(quiz.answers).map(([question, answer]) => [
              question,
              { ...answer, value: mark(JSON.stringify(answer.value)) },
            ]),
          ),
        },
      ]),
    ),
    ...(record.commitments && {
      commitments: Object.fromEntries(
        Object.entries(record.commitments).map(([key, commitment]) => [
          key,
          {
            ...commitment,
            text: mark(commitment.text),
            checkIns: commitment.checkIns.map((checkIn) => ({
              ...checkIn,
              note: mark(checkIn.note ?? ""),
            })),
          },
        ]),
      ),
    }),
  };
}

/** An outline that names every module and quiz of the record, so all of it is summarised. */
const outlineOf = (record: Progress): CourseOutline => ({
  modules: Object.keys(record.modules).map((id, index) => ({
    id,
    title: id,
    quizzes: Object.entries(record.quizzes)
      .filter(
        (_, quizIndex) => quizIndex % Math.max(1, Object.keys(record.modules).length) === index,
      )
      .map(([quizId, quiz]) => ({ id: quizId, questionIds: Object.keys(quiz.answers) })),
  })),
});

describe("what a summary never holds", () => {
  it("holds no reflection, answer, commitment or check-in text, for any record", () => {
    fc.assert(
      fc.property(anyProgress.map(markPrivate), (record) => {
        const recordOutline = outlineOf(record);
        const summary = makeSummary(
          record,
          {
            outline: recordOutline,
            tracks: [
              {
                ...tracks[0]!,
                modules: recordOutline.modules.map(({ id, title }) => ({ id, title })),
              },
            ],
          },
          "Ana",
          now,
        );
        expect(summaryFileText(summary)).not.toContain(PRIVATE);
        // The certificate name is not the name shared: only the one the learner typed is.
        if (record.learnerName) expect(summary.name).toBe("Ana");
      }),
    );
  });

  it("has no field beyond the counts, days, scores, codes and the name", () => {
    const summary = makeSummary(learner, { outline, tracks }, "Ana", now);
    expect(Object.keys(summary).sort()).toEqual(
      ["certificates", "commitments", "madeAt", "modules", "name", "review", "version"].sort(),
    );
    const text = JSON.stringify(summary);
    for (const secret of [
      "my secret answer",
      "I felt unheard",
      "Call Ana back",
      "She was pleased",
      "Certificate Name",
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

const sharedId = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,8}){0,2}$/);
const anySummary: fc.Arbitrary<TeamSummary> = fc.record({
  version: fc.constant(1 as const),
  name: fc
    .string({ minLength: 1, maxLength: 80 })
    .filter((name) => /\S/.test(name) && name.trim() === name),
  madeAt: fc
    .date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((date) => date.toISOString()),
  modules: fc.uniqueArray(
    fc.oneof(
      fc.record({ id: sharedId, status: fc.constant("started" as const) }),
      fc.record({
        id: sharedId,
        status: fc.constant("done" as const),
        day: fc.constantFrom("2026-11-24", "2025-01-31"),
        score: fc.integer({ min: 0, max: 100 }),
      }),
    ),
    { selector: (module) => module.id, maxLength: 12 },
  ),
  certificates: fc.constantFrom(
    [],
    [
      {
        track: "leader",
        code: completionCode({ track: "leader", day: "2026-11-24", moduleIds: ["a"] }),
      },
    ],
  ),
  review: fc.record({ learned: fc.nat(500), waiting: fc.nat(500), due: fc.nat(500) }),
  commitments: fc.record({ made: fc.nat(50), checkIns: fc.nat(150) }),
});

describe("a summary as text and as a file", () => {
  it("comes back the same from its text, for any summary", async () => {
    await fc.assert(
      fc.asyncProperty(anySummary, async (summary) => {
        expect(await readSummaryText(await summaryText(summary))).toEqual({ ok: true, summary });
      }),
      { numRuns: 60 },
    );
  });

  it("comes back the same from its file, for any summary", () => {
    fc.assert(
      fc.property(anySummary, (summary) => {
        expect(readSummaryFile(summaryFileText(summary))).toEqual({ ok: true, summary });
      }),
    );
  });

  it("is a short text: a learner's whole leader track in well under a thousand characters", async () => {
    const text = await summaryText(makeSummary(learner, { outline, tracks }, "Ana Lima", now));
    expect(text).toMatch(/^CXTEAM1\.[A-Za-z0-9_-]+\.[0-9a-z]{8}$/);
    expect(text.length).toBeLessThan(400);
  });

  it("is refused when cut short anywhere, and says so", async () => {
    const text = await summaryText(makeSummary(learner, { outline, tracks }, "Ana Lima", now));
    for (let end = SUMMARY_TEXT_PREFIX.length + 3; end < text.length; end++) {
      const reading = await readSummaryText(text.slice(0, end));
      expect(reading.ok, `cut at ${end}`).toBe(false);
      expect(reading.ok || reading.reason).toMatch(/cut-short|changed/);
    }
  });

  it("is refused when any character is changed", async () => {
    const text = await summaryText(makeSummary(learner, { outline, tracks }, "Ana Lima", now));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: SUMMARY_TEXT_PREFIX.length + 2, max: text.length - 1 }),
        fc.constantFrom(..."ABCxyz019-_"),
        async (at, character) => {
          fc.pre(text[at] !== character && text[at] !== ".");
          const edited = `${text.slice(0, at)}${character}${text.slice(at + 1)}`;
          expect((await readSummaryText(edited)).ok).toBe(false);
        },
      ),
    );
  });

  it("from a newer version is refused with the version named", async () => {
    const head = `${SUMMARY_TEXT_PREFIX}2.AAAA`;
    expect(await readSummaryText(`${head}.${summaryCheck(head)}`)).toEqual({
      ok: false,
      reason: "newer-version",
      detail: "2",
    });
    const file = JSON.stringify({
      format: "cx-learning-map/team-summary",
      version: 7,
      summary: {},
    });
    expect(readSummaryFile(file)).toEqual({ ok: false, reason: "newer-version", detail: "7" });
  });

  it("whose text unfolds into more than a summary can hold is refused, not read", async () => {
    const bomb = new Uint8Array(
      await new Response(
        new Blob([new Uint8Array(5_000_000)])
          .stream()
          .pipeThrough(new CompressionStream("deflate-raw")),
      ).arrayBuffer(),
    );
    let binary = "";
    for (const byte of bomb) binary += String.fromCharCode(byte);
    const head = `${SUMMARY_TEXT_PREFIX}1.${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
    expect(await readSummaryText(`${head}.${summaryCheck(head)}`)).toMatchObject({ ok: false });
  });

  it("with an extra field, such as a reflection slipped in, is refused", () => {
    const summary = makeSummary(learner, { outline, tracks }, "Ana", now);
    const file = JSON.stringify({
      format: "cx-learning-map/team-summary",
      version: 1,
      summary: { ...summary, reflections: ["I felt unheard"] },
    });
    expect(readSummaryFile(file)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("that is not a summary, or nests too deeply, is refused as such", async () => {
    expect(await readSummaryText("hello")).toEqual({ ok: false, reason: "not-a-summary" });
    expect(readSummaryFile('{"format":"cx-learning-map/progress"}')).toEqual({
      ok: false,
      reason: "not-a-summary",
    });
    expect(readSummaryFile(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toMatchObject({
      ok: false,
    });
    expect(
      readSummaryFile(
        `{"format":"cx-learning-map/team-summary","version":1,"summary":${"[".repeat(50)}`,
      ),
    ).toMatchObject({ ok: false });
  });
});
