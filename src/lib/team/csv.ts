import type { TeamRow, TeamTrack } from "./table";

/*
 * The team table as CSV for a spreadsheet (RFC 4180). A field that a spreadsheet would read as
 * a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
 * a name such as =HYPERLINK(...) shows as text and never runs.
 */

/** One field, quoted where it must be and defused where a spreadsheet would run it. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Words the CSV's header and cells use; the team page's words file passes them in. */
export interface CsvWords {
  name: string;
  modulesDone: string;
  certificate: string;
  code: string;
  /** A cell's text: "done 80% 2026-11-24", "started" or "". */
  cell: (status: TeamRow["cells"][number]) => string;
}

/** The table as CSV text, a row per person, with a header row; lines end in CRLF. */
export function teamCsv(rows: readonly TeamRow[], track: TeamTrack, words: CsvWords): string {
  const header = [
    words.name,
    ...track.modules.map((module) => module.title),
    words.modulesDone,
    words.certificate,
    words.code,
  ];
  const lines = rows.map((row) => [
    row.name,
    ...row.cells.map(words.cell),
    row.done,
    row.certificateDay ?? "",
    row.certificateCode ?? "",
  ]);
  return [header, ...lines].map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";
}
