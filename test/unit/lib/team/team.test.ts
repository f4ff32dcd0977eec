import { describe, expect, it } from "vitest";
import { completionCode, moduleFingerprint } from "../../../../src/lib/completion-code";
import type { TeamSummary } from "../../../../src/lib/share/format";
import { summaryText } from "../../../../src/lib/share/write";
import { csvField, teamCsv } from "../../../../src/lib/team/csv";
import { readPasted } from "../../../../src/lib/team/intake";
import { readStoredTeam } from "../../../../src/lib/team/schema";
import { moduleShares, sortRows, teamRows, type TeamTrack } from "../../../../src/lib/team/table";
import { addCode, addSummary, emptyTeam } from "../../../../src/lib/team/team";

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
    const items = await readPasted(
      `[10:02] Ana: ${text}\n\nBen Ode: ${code.toLowerCase()}\n${code}\nnonsense`,
    );
    expect(items.map((item) => item.kind)).toEqual(["summary", "code", "code", "refused"]);
    expect(items[1]).toEqual({ kind: "code", code, name: "Ben Ode" });
    expect(items[3]).toMatchObject({ where: "line 5", reason: "not-a-code" });
  });

  it("refuses a summary text cut short, naming the line", async () => {
    const text = await summaryText(summaryOf("Ana", "2026-11-22T00:00:00.000Z", []));
    expect(await readPasted(text.slice(0, -12))).toEqual([
      { kind: "refused", where: "line 1", reason: "cut-short" },
    ]);
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
