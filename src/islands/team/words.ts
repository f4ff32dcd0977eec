import type { SummaryRefusal } from "../../lib/share/read";
import { TEAM_MAX_MEMBERS, type AddOutcome } from "../../lib/team/team";
import type { TeamCell } from "../../lib/team/table";

/*
 * The words of the team page, in one place for translation: the controls, the table, the
 * reasons a summary is refused, and the CSV's header.
 */

export const teamWords = {
  addHeading: "Add people",
  teamHeading: "How the team is doing",
  pasteLabel: "Paste summaries or completion codes",
  pasteHint:
    "One or more summary texts your team sent you, and completion codes one per line. To name a code, write the name first: “Ana Lima: CX-LDR-20261124-PD38-J”.",
  add: "Add to the team",
  fileLabel: "Or choose summary files",
  dropHint: "You can also drop files on this box.",
  nothingFound: "Nothing to add: paste a summary text or a completion code first.",
  trackLabel: "Track",
  tableCaption: (track: string, people: number) =>
    `${track}: ${people} ${people === 1 ? "person" : "people"}`,
  name: "Name",
  modulesDone: "Modules done",
  certificate: "Certificate",
  code: "Completion code",
  sortBy: (column: string) => `Sort by ${column}`,
  cellDone: (score: string | undefined, day: string | undefined) =>
    `✓ Done${score ? ` ${score}` : ""}${day ? `, ${day}` : ""}`,
  cellStarted: (score: string | undefined) => `◐ Started${score ? ` ${score}` : ""}`,
  cellNotStarted: "○ Not started",
  hasCertificate: (day: string) => `✓ ${day}`,
  noCertificate: "–",
  notStartedBadge: "has not started",
  doneOf: (done: number, total: number) => `${done} of ${total}`,
  barsHeading: "How far the team is, module by module",
  barLabel: (title: string, done: number, people: number) => `${title}: ${done} of ${people} done`,
  summaryLine: (people: number, certified: number, notStarted: number) =>
    `${people} ${people === 1 ? "person" : "people"}; ${certified} with the certificate; ${notStarted} not started.`,
  empty: "Nobody on the team yet. Ask your team to use “Share with my manager” on My progress.",
  exportCsv: "Export as CSV",
  exported: "The CSV file is downloading.",
  forget: "Forget this team",
  forgetQuestion: (people: number) =>
    `Forget all ${people} ${people === 1 ? "person" : "people"} on this team in this browser? This cannot be undone. Your own progress is not touched.`,
  forgetYes: "Yes, forget the team",
  cancel: "Cancel",
  forgotten: "The team is forgotten in this browser.",
  keptHere:
    "The team is kept only in this browser, apart from your own progress. Nothing is sent anywhere.",
  notKept: "This browser does not let the page keep the team: it lasts until you leave the page.",
  unreadable:
    "The team kept in this browser could not be read. It is kept aside, and adding someone starts a new team.",
  loadFailed: "The page could not read what you added. Reload the page and try again.",
  results: "What was added",
  outcome: (name: string, outcome: AddOutcome) =>
    ({
      added: `${name}: added.`,
      updated: `${name}: updated with the newer summary.`,
      "kept-newer": `${name}: kept as it was; the team already has a newer summary or this code.`,
      unchanged: `${name}: already on the team as it is.`,
      "team-full": `${name}: not added; a team holds at most ${TEAM_MAX_MEMBERS} people.`,
    })[outcome],
  refused: (where: string, reason: string) => `${where}: refused. ${reason}`,
  /** Why a summary or code was refused, in words a manager can act on. */
  refusal: (reason: SummaryRefusal | "not-a-code", detail?: string): string =>
    ({
      "not-a-summary":
        "This is not a summary from this site. A summary text starts with CXTEAM; a file is the one “Share with my manager” downloads.",
      "cut-short":
        "The summary text is cut short: its end is missing. Ask for it again, or copy the whole text.",
      changed:
        "The summary text was changed or part of it is missing: its check does not match. Ask for it again.",
      "newer-version": `This summary was made by a newer version of this site (version ${detail ?? "?"}). Update this site, or ask for a file from the same version.`,
      "too-large": "This is too large to be a summary.",
      unreadable: "The summary cannot be read: it is damaged.",
      invalid: `The summary holds something this site cannot use${detail ? ` (${detail})` : ""}.`,
      "not-a-code": detail ?? "This is not a completion code.",
    })[reason],
} as const;

/** A cell as CSV text: "done 80% 2026-11-24", "started" or "". */
export function csvCell(cell: TeamCell): string {
  if (cell.status === "not-started") return "";
  const score = cell.score === undefined ? "" : ` ${cell.score}%`;
  return cell.status === "done"
    ? `done${score}${cell.day ? ` ${cell.day}` : ""}`
    : `started${score}`;
}
