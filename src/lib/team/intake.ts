import { splitCodes } from "../code-list";
import { parseCompletionCode, type CodeProblem } from "../completion-code";
import { SUMMARY_LIMITS, SUMMARY_TEXT_PREFIX, type TeamSummary } from "../share/format";
import { readSummaryFile, readSummaryText, type SummaryRefusal } from "../share/read";

/*
 * What a manager pastes or drops on the team page, read line by line into summaries,
 * completion codes and refusals, each with the lines it came from: a line that cannot be used
 * is named ("Line 3: …") and given back to the box, and never stops the lines around it.
 *
 * A paste may be whole emails: summary texts anywhere in a line (a chat client may put a name
 * before one), wrapped over several lines by an email client (at 76 characters, with "> " quote
 * marks or "=" soft breaks), and codes one per line, optionally after a name and a colon
 * ("Ana Lima: CX-LDR-20261124-PD38-J"). Loaded on demand: the page needs it only once something
 * is added.
 */

/** The most characters one paste or file is read for; past it, the page says so. */
export const MAX_INTAKE_TEXT = 2_000_000;
/** The most lines a wrapped summary runs on for: 20,000 characters at 50 a line. */
const MAX_WRAPPED_LINES = 400;

/** Where something was found: its first line (from 1), the lines it took, and the file. */
export interface IntakeSource {
  file?: string;
  line: number;
  lines: string[];
}

/** Why something could not be added. */
export type IntakeRefusal = SummaryRefusal | "not-a-code" | "nothing" | "future";

/** One thing found in the input. */
export type IntakeItem =
  | { kind: "summary"; summary: TeamSummary; source: IntakeSource }
  | { kind: "code"; code: string; name?: string; source: IntakeSource }
  | {
      kind: "refused";
      reason: IntakeRefusal;
      detail?: string;
      /** For "not-a-code": what is wrong with it. */
      problem?: CodeProblem;
      source: IntakeSource;
    };

/** What was read, and how much of the text was left unread (past MAX_INTAKE_TEXT). */
export interface Intake {
  items: IntakeItem[];
  /** The text that was not read, to give back to the box; "" when all of it was read. */
  unread: string;
}

const tokenPattern = new RegExp(`${SUMMARY_TEXT_PREFIX}\\S*`, "g");
const namedCode = /^(.+?)\s*[:\t]\s*(CX[\s-]?[A-Z]{3}[\s\S]*)$/i;
/** A line that can carry on a wrapped summary: its own alphabet, once quote marks are gone. */
const continuation = /^[A-Za-z0-9_.-]+$/;
const unquoted = (line: string) => line.replace(/^(\s*>)+/, "").trim();
/** An email's "=" soft break at the end of a wrapped line is not part of the text. */
const unbroken = (line: string) => line.replace(/=$/, "");

const reasonOf = (reading: { reason: SummaryRefusal; detail?: string }) =>
  reading.detail === undefined
    ? { reason: reading.reason }
    : { reason: reading.reason, detail: reading.detail };

/**
 * The summary that starts with `token` on line `index`, run on over the lines after it when an
 * email wrapped it: the longest run that reads, or, when none does, the whole run's refusal.
 */
async function readWrapped(token: string, lines: readonly string[], index: number) {
  const after: string[] = [];
  for (let next = index + 1; next < lines.length && after.length < MAX_WRAPPED_LINES; next++) {
    const line = unquoted(lines[next]!);
    if (!continuation.test(unbroken(line)) || line.includes(SUMMARY_TEXT_PREFIX)) break;
    after.push(unbroken(line));
  }
  const head = unbroken(token);
  let first: Awaited<ReturnType<typeof readSummaryText>> | undefined;
  for (let count = after.length; count >= 0; count--) {
    const reading = await readSummaryText(head + after.slice(0, count).join(""));
    if (reading.ok) return { reading, used: count };
    first ??= reading;
  }
  return { reading: first!, used: after.length };
}

/** The items in pasted text, in order, each with its lines; `file` names a file's text. */
export async function readPasted(text: string, file?: string): Promise<Intake> {
  const items: IntakeItem[] = [];
  // Past the limit, stop at a line's end: the rest goes back to the box whole.
  const end =
    text.length <= MAX_INTAKE_TEXT
      ? text.length
      : text.lastIndexOf("\n", MAX_INTAKE_TEXT) + 1 || MAX_INTAKE_TEXT;
  const lines = text.slice(0, end).split(/\r?\n/);
  const source = (index: number, count = 1): IntakeSource => ({
    ...(file === undefined ? {} : { file }),
    line: index + 1,
    lines: lines.slice(index, index + count),
  });
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    const tokens = line.match(tokenPattern);
    if (tokens) {
      let used = 0;
      for (const [at, token] of tokens.entries()) {
        // Only the line's last summary, touching its end, can run on to the next lines.
        const last = at === tokens.length - 1 && line.endsWith(token);
        const read = last
          ? await readWrapped(token, lines, index)
          : { reading: await readSummaryText(token), used: 0 };
        used = Math.max(used, read.used);
        items.push(
          read.reading.ok
            ? {
                kind: "summary",
                summary: read.reading.summary,
                source: source(index, 1 + read.used),
              }
            : { kind: "refused", ...reasonOf(read.reading), source: source(index, 1 + read.used) },
        );
      }
      index += used;
      continue;
    }
    if (!/CX/i.test(line)) {
      items.push({ kind: "refused", reason: "nothing", source: source(index) });
      continue;
    }
    const named = namedCode.exec(line);
    const name = named?.[1]?.trim().slice(0, SUMMARY_LIMITS.name);
    for (const code of splitCodes(named ? named[2]! : line).codes) {
      const parsed = parseCompletionCode(code);
      items.push(
        parsed.ok
          ? { kind: "code", code: parsed.code, ...(name ? { name } : {}), source: source(index) }
          : {
              kind: "refused",
              reason: "not-a-code",
              problem: parsed.problem,
              source: source(index),
            },
      );
    }
  }
  return { items, unread: text.slice(end) };
}

/** The items in a dropped or chosen file: a summary file, or text like a paste. */
export async function readDropped(file: {
  name: string;
  size: number;
  text: () => Promise<string>;
}): Promise<IntakeItem[]> {
  const whole: IntakeSource = { file: file.name, line: 0, lines: [] };
  if (file.size > SUMMARY_LIMITS.fileBytes) {
    return [{ kind: "refused", reason: "too-large", source: whole }];
  }
  const text = await file.text();
  if (text.trimStart().startsWith("{")) {
    const reading = readSummaryFile(text);
    return [
      reading.ok
        ? { kind: "summary", summary: reading.summary, source: whole }
        : { kind: "refused", ...reasonOf(reading), source: whole },
    ];
  }
  const { items } = await readPasted(text, file.name);
  // A file's other lines (a greeting, a signature) are not worth naming once it held something.
  return items.some((item) => item.kind !== "refused")
    ? items.filter((item) => item.kind !== "refused" || item.reason !== "nothing")
    : [{ kind: "refused", reason: "not-a-summary", source: whole }];
}

/**
 * The lines to give back to the box: those of the items `kept` (refused, or not added), each
 * once, in the order they were pasted, then whatever was not read.
 */
export function linesToKeep(kept: readonly IntakeItem[], unread = ""): string {
  const byLine = new Map<number, string>();
  for (const item of kept) {
    if (item.source.file !== undefined) continue;
    item.source.lines.forEach((text, offset) => byLine.set(item.source.line + offset, text));
  }
  const lines = [...byLine].sort(([a], [b]) => a - b).map(([, text]) => text);
  return [...lines, ...(unread ? [unread] : [])].join("\n");
}
