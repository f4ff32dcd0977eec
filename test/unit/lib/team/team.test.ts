import { describe, expect, it } from "vitest";
import { completionCode, moduleFingerprint } from "../../../../src/lib/completion-code";
import type { TeamSummary } from "../../../../src/lib/share/format";
import { summaryText } from "../../../../src/lib/share/write";
import { csvField, teamCsv } from "../../../../src/lib/team/csv";
import { linesToKeep, MAX_INTAKE_TEXT, readPasted } from "../../../../src/lib/team/intake";
import { readStoredTeam } from "../../../../src/lib/team/schema";
import { moduleShares, sortRows, teamRows, type TeamTrack } from "../../../../src/lib/team/table";
import {
  addCode,
  addSummary,
  cleanName,
  emptyTeam,
  isInFuture,
  personKey,
} from "../../../../src/lib/team/team";

const track: TeamTrack = {
  id: "leader",
  name: "Leader development",
  modules: [
    { id: "one", title: "One" },
    { id: "two", title: "Two" },
  ],
  fingerprint: moduleFingerprint(["one", "two"]),
};
const now = new Date("2026-11-24T10:00:00Z");

const summaryOf = (name: string, madeAt: string, modules: TeamSummary["modules"]): TeamSummary => ({
  version: 1,
  name,
  madeAt,
  modules,
  certificates: [],
  review: { learned: 0, waiting: 0, due: 0 },
  commitments: { made: 0, checkIns: 0 },
});

describe("a team", () => {
  it("updates a person added again with a newer summary, whatever the case and spacing of the name", () => {
    const first = addSummary(emptyTeam(), summaryOf("Ana Lima", "2026-11-20T00:00:00Z", []), now);
    expect(first.outcome).toBe("added");
    const again = addSummary(
      first.team,
      summaryOf("ana  lima", "2026-11-22T00:00:00Z", [
        { id: "one", status: "done", day: "2026-11-21", score: 90 },
      ]),
      now,
    );
    expect(again.outcome).toBe("updated");
    expect(again.team.members).toHaveLength(1);
    expect(teamRows(again.team, track)[0]!.cells[0]).toEqual({
      status: "done",
      day: "2026-11-21",
      score: 90,
    });
  });

  it("keeps the newer summary when an older one is added", () => {
    const newer = addSummary(emptyTeam(), summaryOf("Ana", "2026-11-22T00:00:00Z", []), now).team;
    const older = addSummary(newer, summaryOf("Ana", "2026-11-20T00:00:00Z", []), now);
    expect(older.outcome).toBe("kept-newer");
    expect(older.team).toBe(newer);
  });

  it("counts a completion code for the track's modules today as every module done that day", () => {
    const code = completionCode({ track: "leader", day: "2026-11-23", moduleIds: ["two", "one"] });
    const { team } = addCode(emptyTeam(), code, "Ben", now);
    const [row] = teamRows(team, track);
    expect(row).toMatchObject({
      name: "Ben",
      done: 2,
      certificateDay: "2026-11-23",
      notStarted: false,
    });
  });

  it("adds a named code to the person of that name rather than a second row", () => {
    const withAna = addSummary(emptyTeam(), summaryOf("Ana", "2026-11-22T00:00:00Z", []), now).team;
    const code = completionCode({ track: "leader", day: "2026-11-23", moduleIds: ["one", "two"] });
    const { team, outcome } = addCode(withAna, code, "ANA", now);
    expect(outcome).toBe("updated");
    expect(teamRows(team, track)).toHaveLength(1);
    expect(teamRows(team, track)[0]!.certificateCode).toBe(code);
  });

  it("says who has not started, and each module's share of the team done", () => {
    let team = addSummary(
      emptyTeam(),
      summaryOf("Ana", "2026-11-22T00:00:00Z", [{ id: "one", status: "done" }]),
      now,
    ).team;
    team = addSummary(team, summaryOf("Cleo", "2026-11-22T00:00:00Z", []), now).team;
    const rows = teamRows(team, track);
    expect(rows.map((row) => row.notStarted)).toEqual([false, true]);
    expect(moduleShares(rows, track).map((module) => module.share)).toEqual([0.5, 0]);
  });

  it("sorts by modules done, and by name both ways", () => {
    let team = addSummary(emptyTeam(), summaryOf("Bea", "2026-11-22T00:00:00Z", []), now).team;
    team = addSummary(
      team,
      summaryOf("ana", "2026-11-22T00:00:00Z", [{ id: "one", status: "done" }]),
      now,
    ).team;
    team = addSummary(
      team,
      summaryOf("Cal", "2026-11-22T00:00:00Z", [
        { id: "one", status: "done" },
        { id: "two", status: "done" },
      ]),
      now,
    ).team;
    const rows = teamRows(team, track);
    expect(sortRows(rows, { by: "name" }, "ascending").map((row) => row.name)).toEqual([
      "ana",
      "Bea",
      "Cal",
    ]);
    expect(sortRows(rows, { by: "name" }, "descending").map((row) => row.name)).toEqual([
      "Cal",
      "Bea",
      "ana",
    ]);
    expect(sortRows(rows, { by: "done" }, "descending").map((row) => row.name)).toEqual([
      "Cal",
      "ana",
      "Bea",
    ]);
  });
});

describe("the team as CSV", () => {
  it("defuses names a spreadsheet would run as a formula", () => {
    for (const name of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx"]) {
      expect(csvField(name)).toMatch(/^"?'/);
    }
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("Ana Lima")).toBe("Ana Lima");
  });

  it("quotes commas, quotes and line breaks, and leaves numbers as numbers", () => {
    expect(csvField('Lima, "Ana"')).toBe(`"Lima, ""Ana"""`);
    expect(csvField("two\nlines")).toBe(`"two\nlines"`);
    expect(csvField(-3)).toBe("-3");
  });

  it("has a header and a row per person, lines ending in CRLF", () => {
    const team = addSummary(
      emptyTeam(),
      summaryOf("=Ana", "2026-11-22T00:00:00Z", [
        { id: "one", status: "done", day: "2026-11-21", score: 80 },
      ]),
      now,
    ).team;
    const csv = teamCsv(teamRows(team, track), track, {
      name: "Name",
      modulesDone: "Done",
      certificate: "Certificate",
      code: "Code",
      cell: (cell) => cell.status,
    });
    expect(csv).toBe("Name,One,Two,Done,Certificate,Code\r\n'=Ana,done,not-started,1,,\r\n");
  });
});

describe("what a manager pastes", () => {
  it("finds summary texts anywhere in a line, and codes one per line with or without a name", async () => {
    const text = await summaryText(summaryOf("Ana", "2026-11-22T00:00:00.000Z", []));
    const code = completionCode({ track: "leader", day: "2026-11-23", moduleIds: ["one", "two"] });
    const { items } = await readPasted(
      `[10:02] Ana: ${text}\n\nBen Ode: ${code.toLowerCase()}\n${code}\nthanks!`,
    );
    expect(items.map((item) => item.kind)).toEqual(["summary", "code", "code", "refused"]);
    expect(items[1]).toMatchObject({ kind: "code", code, name: "Ben Ode", source: { line: 3 } });
    expect(items[3]).toMatchObject({ reason: "nothing", source: { line: 5, lines: ["thanks!"] } });
  });

  it("refuses a summary text cut short, naming the line, and reads the lines after it", async () => {
    const text = await summaryText(summaryOf("Ana", "2026-11-22T00:00:00.000Z", []));
    const code = completionCode({ track: "leader", day: "2026-11-23", moduleIds: ["one", "two"] });
    const { items } = await readPasted(`${text.slice(0, -12)}\n\n${code}`);
    expect(items).toMatchObject([
      { kind: "refused", reason: "cut-short", source: { line: 1 } },
      { kind: "code", code, source: { line: 3 } },
    ]);
  });

  it("names a code with a mistyped check character by its line, and adds the others", async () => {
    const codes = [0, 1, 2].map((index) =>
      completionCode({ track: "leader", day: `2026-11-2${index}`, moduleIds: ["one"] }),
    );
    const bad = codes[2]!.slice(0, -1) + (codes[2]!.endsWith("A") ? "B" : "A");
    const { items } = await readPasted([codes[0], codes[1], bad].join("\n"));
    expect(items.map((item) => item.kind)).toEqual(["code", "code", "refused"]);
    expect(items[2]).toMatchObject({ reason: "not-a-code", source: { line: 3, lines: [bad] } });
    expect(items[2]).toMatchObject({ problem: { kind: "check" } });
    expect(linesToKeep([items[2]!])).toBe(bad);
  });

  it("refuses a code dated year 0000 or after tomorrow, as /verify/ does, saying why", async () => {
    const good = completionCode({ track: "leader", day: "2026-11-20", moduleIds: ["one"] });
    const early = completionCode({ track: "leader", day: "0000-01-01", moduleIds: ["one"] });
    const late = completionCode({ track: "leader", day: "2099-01-01", moduleIds: ["one"] });
    const { items } = await readPasted([good, `Ana: ${early}`, late].join("\n"));
    expect(items.map((item) => item.kind)).toEqual(["code", "refused", "refused"]);
    expect(items[1]).toMatchObject({ reason: "not-a-code", source: { line: 2 } });
    expect(items[1]).toMatchObject({ problem: { kind: "too-early", date: "0000-01-01" } });
    expect(items[2]).toMatchObject({ problem: { kind: "in-future", date: "2099-01-01" } });
  });

  it("joins a summary an email client wrapped at 76 characters, quote marks and soft breaks too", async () => {
    const text = await summaryText(
      summaryOf("Ana Lima", "2026-11-22T00:00:00.000Z", [
        { id: "one", status: "done", day: "2026-11-21", score: 90 },
      ]),
    );
    const wrapped = text.match(/.{1,76}/g)!;
    for (const [prefix, suffix] of [
      ["", ""],
      ["> ", ""],
      ["", "="],
    ]) {
      const email = [
        "Hi Sam,",
        "Here is my summary:",
        ...wrapped.map((line, index) => prefix + line + (index < wrapped.length - 1 ? suffix : "")),
        "Thanks",
        "Ana",
      ].join("\n");
      const { items } = await readPasted(email);
      const summary = items.find((item) => item.kind === "summary");
      expect(summary, `${JSON.stringify(prefix)} ${JSON.stringify(suffix)}`).toMatchObject({
        summary: { name: "Ana Lima" },
        source: { line: 3 },
      });
      expect(summary!.source.lines).toHaveLength(wrapped.length);
      // The greeting and the signature are named, each by its line.
      expect(
        items.filter((item) => item.kind === "refused").map((item) => item.source.line),
      ).toEqual([1, 2, wrapped.length + 3, wrapped.length + 4]);
    }
  });

  it("reads 150 summaries in one paste, and every one of them is added", async () => {
    const texts = await Promise.all(
      Array.from({ length: 150 }, (_, index) =>
        summaryText(summaryOf(`Person ${index + 1}`, "2026-11-22T00:00:00.000Z", [])),
      ),
    );
    const { items, unread } = await readPasted(texts.join("\n"));
    expect(unread).toBe("");
    expect(items.filter((item) => item.kind === "summary")).toHaveLength(150);
    let team = emptyTeam();
    for (const item of items) {
      if (item.kind === "summary") team = addSummary(team, item.summary, now).team;
    }
    expect(team.members).toHaveLength(150);
  });

  it("gives back, past the limit, what it did not read, whole lines only", async () => {
    const line = "x".repeat(999);
    const text = Array.from({ length: MAX_INTAKE_TEXT / 1000 + 5 }, () => line).join("\n");
    const { items, unread } = await readPasted(text);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.startsWith(line)).toBe(true);
    expect(items.length + unread.split("\n").length).toBe(MAX_INTAKE_TEXT / 1000 + 5);
  });
});

describe("one person, however their name is typed", () => {
  it("counts invisible characters, compatibility forms and look-alike letters as the same name", () => {
    expect(personKey("Ana\u200B Lima")).toBe(personKey("ana lima"));
    expect(personKey("\uFEFFAna\u00ADLima")).toBe(personKey("AnaLima"));
    expect(personKey("Ａｎａ Ｌｉｍａ")).toBe(personKey("Ana Lima"));
    // Cyrillic а and о in a Latin name.
    expect(personKey("\u0410na Lim\u0430")).toBe(personKey("Ana Lima"));
    expect(personKey("J\u043Ehn")).toBe(personKey("John"));
    // A name written in Cyrillic stays itself.
    expect(personKey("Анна")).not.toBe(personKey("Ahha"));
    expect(cleanName("  Ana\u200D  Lima ")).toBe("Ana Lima");
  });

  it("adds a look-alike name to the same row, shown without its invisible characters", () => {
    const first = addSummary(emptyTeam(), summaryOf("Ana Lima", "2026-11-20T00:00:00Z", []), now);
    const again = addSummary(
      first.team,
      summaryOf("\u0410na\u200B Lima", "2026-11-22T00:00:00Z", []),
      now,
    );
    expect(again.outcome).toBe("updated");
    expect(again.team.members).toHaveLength(1);
    expect(again.team.members[0]!.name).toBe("Аna Lima".replace("А", "\u0410"));
  });
});

describe("dates that cannot be", () => {
  it("lets a later summary replace one kept from a device whose clock said 2099", () => {
    const future = addSummary(emptyTeam(), summaryOf("Ana", "2099-01-01T00:00:00.000Z", []), now);
    const real = addSummary(future.team, summaryOf("Ana", "2026-11-23T00:00:00.000Z", []), now);
    expect(real.outcome).toBe("updated");
    expect(real.team.members[0]!.summary!.madeAt).toBe("2026-11-23T00:00:00.000Z");
    expect(isInFuture("2099-01-01", now)).toBe(true);
    expect(isInFuture("2026-11-25", now)).toBe(false);
  });
});

describe("certificates, as /verify/ judges them", () => {
  it("counts only a code for the track's modules today; another is shown apart and means started", () => {
    const old = completionCode({ track: "leader", day: "2026-10-01", moduleIds: ["one", "gone"] });
    const team = addCode(emptyTeam(), old, "Ana", now).team;
    const [row] = teamRows(team, track);
    expect(row!.certificateDay).toBeUndefined();
    expect(row!.otherModulesCode).toEqual({ day: "2026-10-01", code: old });
    expect(row!.notStarted).toBe(false);
    expect(row!.cells.every((cell) => cell.status === "not-started")).toBe(true);
  });
});

describe("the stored team", () => {
  it("reads back what was stored, and refuses anything else", () => {
    const team = addSummary(
      emptyTeam(),
      summaryOf("Ana", "2026-11-22T00:00:00.000Z", []),
      now,
    ).team;
    expect(readStoredTeam(JSON.stringify(team))).toEqual(team);
    expect(readStoredTeam("{")).toBeUndefined();
    expect(readStoredTeam(JSON.stringify({ ...team, version: 2 }))).toBeUndefined();
    expect(readStoredTeam(JSON.stringify({ ...team, extra: 1 }))).toBeUndefined();
  });
});
