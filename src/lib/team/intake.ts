import { splitCodes } from "../code-list";
import { parseCompletionCode } from "../completion-code";
import { SUMMARY_LIMITS, SUMMARY_TEXT_PREFIX, type TeamSummary } from "../share/format";
import { readSummaryFile, readSummaryText, type SummaryRefusal } from "../share/read";

/*
 * What a manager pastes or drops on the team page, read into summaries, completion codes and
 * refusals. A paste may mix them: summary texts anywhere in a line (a chat client may put a
 * name before one), and codes one per line, optionally after a name and a colon
 * ("Ana Lima: CX-LDR-20261124-PD38-J"). Loaded on demand: the page needs it only once
 * something is added.
 */

/** The most characters one paste or file is read for. */
export const MAX_INTAKE_TEXT = 200_000;
/** The most items one paste or file adds. */
export const MAX_INTAKE_ITEMS = 100;

/** One thing found in the input. */
export type IntakeItem =
  | { kind: "summary"; summary: TeamSummary }
  | { kind: "code"; code: string; name?: string }
  | {
      kind: "refused";
      /** Where it was: a line number of a paste, or a file's name. */
      where: string;
      reason: SummaryRefusal | "not-a-code";
      detail?: string;
    };

const summaryPattern = new RegExp(`${SUMMARY_TEXT_PREFIX}\\S*`, "g");
const namedCode = /^(.+?)\s*[:\t]\s*(CX[\s-]?[A-Z]{3}[\s\S]*)$/i;

/** The items in pasted text, in order; `where` names the source in refusals. */
export async function readPasted(text: string, where = "line"): Promise<IntakeItem[]> {
  const items: IntakeItem[] = [];
  const lines = text.slice(0, MAX_INTAKE_TEXT).split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (items.length >= MAX_INTAKE_ITEMS) break;
    const line = raw.trim();
    if (!line) continue;
    const place = where === "line" ? `line ${index + 1}` : `${where}, line ${index + 1}`;
    const summaries = line.match(summaryPattern);
    if (summaries) {
      for (const found of summaries) {
        const reading = await readSummaryText(found);
        items.push(
          reading.ok
            ? { kind: "summary", summary: reading.summary }
            : { kind: "refused", where: place, ...reasonOf(reading) },
        );
      }
      continue;
    }
    const named = namedCode.exec(line);
    const name = named?.[1]?.trim().slice(0, SUMMARY_LIMITS.name);
    for (const code of splitCodes(named ? named[2]! : line).codes) {
      const parsed = parseCompletionCode(code);
      items.push(
        parsed.ok
          ? { kind: "code", code: parsed.code, ...(name ? { name } : {}) }
          : { kind: "refused", where: place, reason: "not-a-code", detail: parsed.reason },
      );
    }
  }
  return items.slice(0, MAX_INTAKE_ITEMS);
}

const reasonOf = (reading: { reason: SummaryRefusal; detail?: string }) =>
  reading.detail === undefined
    ? { reason: reading.reason }
    : { reason: reading.reason, detail: reading.detail };

/** The items in a dropped or chosen file: a summary file, or text like a paste. */
export async function readDropped(file: {
  name: string;
  size: number;
  text: () => Promise<string>;
}): Promise<IntakeItem[]> {
  if (file.size > SUMMARY_LIMITS.fileBytes) {
    return [{ kind: "refused", where: file.name, reason: "too-large" }];
  }
  const text = await file.text();
  if (text.trimStart().startsWith("{")) {
    const reading = readSummaryFile(text);
    return [
      reading.ok
        ? { kind: "summary", summary: reading.summary }
        : { kind: "refused", where: file.name, ...reasonOf(reading) },
    ];
  }
  const items = await readPasted(text, file.name);
  return items.length > 0
    ? items
    : [{ kind: "refused", where: file.name, reason: "not-a-summary" }];
}
