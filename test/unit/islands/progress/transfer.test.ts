import { describe, expect, it } from "vitest";
import { PROGRESS_VERSION, type Progress } from "../../../../src/lib/record/record";
import {
  PROGRESS_FILE_FORMAT,
  exportFileName,
  exportProgress,
} from "../../../../src/lib/record/export";
import {
  MAX_IMPORT_BYTES,
  checkImportSize,
  parseProgressFile,
} from "../../../../src/islands/progress/transfer";

const record: Progress = {
  version: PROGRESS_VERSION,
  modules: { intro: { status: "completed", completedAt: "2026-11-20T10:00:00.000Z" } },
  quizzes: {},
  reflections: {},
  track: "orientation",
};

const completed = (at: string) => ({ status: "completed", completedAt: at });

const reasonFor = (text: string) => {
  const reading = parseProgressFile(text);
  if (reading.ok) throw new Error("expected the file to be refused");
  return reading.reason;
};

describe("exportProgress and parseProgressFile", () => {
  it("do not count brackets inside text as nesting", () => {
    const brackets = { ...record, learnerName: "[[[[{{{{".repeat(10) };
    const reading = parseProgressFile(exportProgress(brackets, "2026-11-24T10:00:00.000Z"));
    expect(reading.ok && reading.progress.learnerName).toBe(brackets.learnerName);
  });

  it("read back exactly what was exported, with the export date", () => {
    const text = exportProgress(record, "2026-11-24T10:00:00.000Z");
    expect(parseProgressFile(text)).toEqual({
      ok: true,
      progress: record,
      exportedAt: "2026-11-24T10:00:00.000Z",
    });
  });

  it("names export files by date", () => {
    expect(exportFileName(new Date("2026-11-24T10:00:00Z"))).toBe("cx-progress-2026-11-24.json");
  });

  it("accept a bare record, such as a set-aside copy, and migrate an older version", () => {
    const v1 = { ...record, version: 1 };
    const reading = parseProgressFile(JSON.stringify(v1));
    expect(reading).toEqual({
      ok: true,
      progress: { ...record, savedAt: "2026-11-20T10:00:00.000Z" },
    });
  });

  it("keep ids the current content does not have", () => {
    const withUnknown = {
      ...record,
      modules: { ...record.modules, retired: { status: "completed" } },
    };
    const reading = parseProgressFile(exportProgress(withUnknown as Progress, "2026-11-24"));
    expect(reading.ok && reading.progress.modules["retired"]).toEqual({ status: "completed" });
  });
});

describe("parseProgressFile refuses", () => {
  it("a file over 1 MB", () => {
    const padding = " ".repeat(MAX_IMPORT_BYTES);
    expect(reasonFor(`${exportProgress(record, "2026-11-24")}${padding}`)).toMatchInlineSnapshot(
      `"This file is 1.0 MB. A progress file is a few kilobytes and never over 1 MB, so this is probably a different file."`,
    );
    expect(checkImportSize(5 * 1024 * 1024)).toMatch(/^This file is 5\.0 MB\./);
    expect(checkImportSize(2000)).toBeUndefined();
  });

  it("text that is not JSON", () => {
    expect(reasonFor("name,score\nintro,1")).toMatchInlineSnapshot(
      `"This file is not JSON, so it is not a progress file exported from this site."`,
    );
  });

  it("JSON nested 10,000 levels deep, as too deeply nested rather than not JSON", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    expect(() => JSON.parse(deep)).not.toThrow();
    expect(reasonFor(deep)).toMatchInlineSnapshot(
      `"This file nests lists or objects more than 32 levels deep. A progress file nests only a few levels, so this is probably a different file."`,
    );
    expect(reasonFor(`{"version":3,"modules":${'{"a":'.repeat(40)}{}${"}".repeat(40)}}`)).toMatch(
      /more than 32 levels deep/,
    );
  });

  it("an empty file, as empty", () => {
    expect(reasonFor("  \n")).toMatchInlineSnapshot(
      `"This file is empty, so it is not a progress file exported from this site."`,
    );
  });

  it("JSON of the wrong shape", () => {
    for (const text of ["[1,2]", "42", '{"hello":"world"}', `{"format":"other-app"}`]) {
      expect(reasonFor(text)).toMatchInlineSnapshot(
        `"This file is not a progress file exported from this site: it does not have the right shape."`,
      );
    }
  });

  it("a __proto__ key anywhere in the file", () => {
    const text = exportProgress(record, "2026-11-24").replace(
      '"modules": {',
      '"modules": {"__proto__": {"status": "completed"},',
    );
    expect(reasonFor(text)).toMatchInlineSnapshot(
      `"This file contains a key named "__proto__", which progress files never have. It was not imported, to keep this page safe."`,
    );
    expect(({} as Record<string, unknown>)["status"]).toBeUndefined();
  });

  it("a constructor key", () => {
    const text = `{"format":"${PROGRESS_FILE_FORMAT}","progress":{"version":2,"modules":{},"quizzes":{},"reflections":{"constructor":{}}}}`;
    expect(reasonFor(text)).toMatch(/a key named "constructor"/);
  });

  it("a record with an invalid entry, naming where", () => {
    const broken = { ...record, modules: { intro: { status: "finished" } } };
    expect(reasonFor(JSON.stringify(broken))).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at modules › intro › status, expected one of "in-progress", "completed". Nothing was imported."`,
    );
  });

  it("a number too large to keep, which JSON reads as Infinity, naming where", () => {
    const text = JSON.stringify({ ...record, activeSeconds: { intro: 1 } }).replace(
      '"intro":1}',
      '"intro":1e309}',
    );
    expect(reasonFor(text)).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at activeSeconds › intro, the number is too large to keep. Nothing was imported."`,
    );
  });

  it("an answer whose value is a number too large to keep", () => {
    const answer = { value: 1, score: 1, correct: true, answeredAt: "2026-11-20T10:00:00.000Z" };
    const quizzes = { intro: { answers: { a: answer }, attempts: 1, passed: true } };
    const text = JSON.stringify({ ...record, quizzes }).replace('"value":1', '"value":1e309');
    expect(reasonFor(text)).toMatch(
      /^Part of this file is not valid progress: at quizzes › intro › answers › a › value,/,
    );
  });

  it("a date that is not a real date, naming where", () => {
    const ticked = { ...record, activities: { "story-round": "Invalid Date" } };
    expect(reasonFor(JSON.stringify(ticked))).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at activities › story-round, the date is not a real date. Nothing was imported."`,
    );
    const february30 = { ...record, modules: { intro: completed("2026-02-30T10:00:00.000Z") } };
    expect(reasonFor(JSON.stringify(february30))).toMatch(
      /at modules › intro › completedAt, the date is not a real date/,
    );
  });

  it("a score out of range, naming where", () => {
    const quizzes = { intro: { answers: {}, attempts: 1, bestScore: 1.5, passed: true } };
    expect(reasonFor(JSON.stringify({ ...record, quizzes }))).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at quizzes › intro › bestScore, the value is out of range. Nothing was imported."`,
    );
  });

  it("a field progress files do not have, naming where", () => {
    const extra = { ...record, modules: { intro: { status: "completed", colour: "red" } } };
    expect(reasonFor(JSON.stringify(extra))).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at modules › intro › colour, there is a field that progress files do not have. Nothing was imported."`,
    );
  });

  it("a file from a newer version", () => {
    const newer = { format: PROGRESS_FILE_FORMAT, progress: { ...record, version: 99 } };
    expect(reasonFor(JSON.stringify(newer))).toMatchInlineSnapshot(
      `"This file comes from a newer version of this site (format 99; this page reads up to 3). Reload the page to get the newest version, then import it again."`,
    );
  });

  it("a record whose field has the wrong type", () => {
    const broken = {
      ...record,
      quizzes: { intro: { answers: {}, attempts: "two", passed: true } },
    };
    expect(reasonFor(JSON.stringify(broken))).toMatchInlineSnapshot(
      `"Part of this file is not valid progress: at quizzes › intro › attempts, expected number. Nothing was imported."`,
    );
  });

  it("a version that is not a number", () => {
    expect(reasonFor('{"version":"two","modules":{}}')).toMatchInlineSnapshot(
      `"This file's version is "two", which this site cannot read."`,
    );
  });
});
