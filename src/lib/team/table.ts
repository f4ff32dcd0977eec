import { parseCompletionCode } from "../completion-code";
import type { Team, TeamMember } from "./team";

/*
 * The team as a table for one track: a row per person, a cell per module (done, score, day),
 * whether they hold the track's certificate, and each module's share of the team done.
 */

/** A track as the team page knows it from the build. */
export interface TeamTrack {
  id: string;
  name: string;
  modules: { id: string; title: string }[];
  /** The track's module fingerprint today, to tell a code for these modules. */
  fingerprint: string;
}

/** One person's result in one module. */
export interface TeamCell {
  status: "not-started" | "started" | "done";
  /** Best quiz score, 0 to 100. */
  score?: number;
  /** Day done, YYYY-MM-DD. */
  day?: string;
}

/** One person's row. */
export interface TeamRow {
  name: string;
  cells: TeamCell[];
  done: number;
  /** The day of their certificate for the track, if they hold one. */
  certificateDay?: string;
  /** Their certificate's completion code, if any. */
  certificateCode?: string;
  /**
   * A code for the track whose modules differ from the track's today (the track has changed
   * since, or the code was made elsewhere): shown, as /verify/ shows it, but not a certificate.
   */
  otherModulesCode?: { day: string; code: string };
  notStarted: boolean;
  /** When their summary was made, if they shared one (ISO). */
  sharedAt?: string;
}

/**
 * The codes among `codes` for `track`, judged as /verify/ judges them: a certificate is a well
 * formed code for the track's modules as they are today; a code for other modules is kept apart.
 */
function codesFor(codes: readonly string[], track: TeamTrack) {
  const parsed = codes
    .map((code) => parseCompletionCode(code))
    .filter((code) => code.ok && code.track === track.id)
    .map((code) => code as Extract<typeof code, { ok: true }>);
  return {
    certificate: parsed.find((code) => code.fingerprint === track.fingerprint),
    other: parsed.find((code) => code.fingerprint !== track.fingerprint),
  };
}

/** One person's row for a track. */
export function teamRow(member: TeamMember, track: TeamTrack): TeamRow {
  const codes = [
    ...(member.summary?.certificates.map((certificate) => certificate.code) ?? []),
    ...member.codes,
  ];
  const { certificate, other } = codesFor(codes, track);
  // A code for the track's modules as they are today says every one of them was done that day.
  const codeCoversModules = certificate !== undefined;
  const cells = track.modules.map((module): TeamCell => {
    const shared = member.summary?.modules.find((entry) => entry.id === module.id);
    if (shared) {
      return {
        status: shared.status,
        ...(shared.score === undefined ? {} : { score: shared.score }),
        ...(shared.day === undefined ? {} : { day: shared.day }),
      };
    }
    return codeCoversModules
      ? { status: "done", day: certificate!.day }
      : { status: "not-started" };
  });
  return {
    name: member.name,
    cells,
    done: cells.filter((cell) => cell.status === "done").length,
    ...(certificate ? { certificateDay: certificate.day, certificateCode: certificate.code } : {}),
    ...(other && !certificate ? { otherModulesCode: { day: other.day, code: other.code } } : {}),
    // Someone with a code for the track has started it, whatever its modules.
    notStarted: cells.every((cell) => cell.status === "not-started") && !other,
    ...(member.summary ? { sharedAt: member.summary.madeAt } : {}),
  };
}

/** The team's rows for a track, in the order people were added. */
export const teamRows = (team: Team, track: TeamTrack): TeamRow[] =>
  team.members.map((member) => teamRow(member, track));

/** Each module's share of people who have done it, from 0 to 1, and the count. */
export function moduleShares(rows: readonly TeamRow[], track: TeamTrack) {
  return track.modules.map((module, index) => {
    const done = rows.filter((row) => row.cells[index]?.status === "done").length;
    return { ...module, done, share: rows.length === 0 ? 0 : done / rows.length };
  });
}

/** What a table can be sorted by: the name, the modules done, the certificate, or one module. */
export type SortKey = { by: "name" | "done" | "certificate" } | { by: "module"; index: number };
export type SortDirection = "ascending" | "descending";

const cellRank = (cell: TeamCell | undefined) =>
  !cell
    ? -1
    : cell.status === "done"
      ? 200 + (cell.score ?? 0)
      : cell.status === "started"
        ? 100
        : 0;

/** The rows sorted, ties kept in name order. */
export function sortRows(
  rows: readonly TeamRow[],
  key: SortKey,
  direction: SortDirection,
): TeamRow[] {
  const byName = (a: TeamRow, b: TeamRow) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: "base" });
  const value = (row: TeamRow): number | string => {
    switch (key.by) {
      case "name":
        return 0;
      case "done":
        return row.done;
      case "certificate":
        return row.certificateDay ?? "";
      case "module":
        return cellRank(row.cells[key.index]);
    }
  };
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [left, right] = [value(a), value(b)];
    const order = left < right ? -1 : left > right ? 1 : 0;
    return key.by === "name" ? sign * byName(a, b) : sign * order || byName(a, b);
  });
}
