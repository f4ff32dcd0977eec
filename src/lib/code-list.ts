/*
 * Completion codes pasted in any layout: one per line, or separated by commas, semicolons,
 * several spaces, or a space before the next "CX". One pass over at most MAX_CODES_TEXT
 * characters, stopping after MAX_CODES codes: a paste of hundreds of thousands of codes once
 * froze the page for half a minute (a regular expression over megabytes, then a row for each).
 */

/** The most codes one check reads. */
export const MAX_CODES = 200;
/** The most characters the box holds: MAX_CODES codes of 22 characters, with room between. */
export const MAX_CODES_TEXT = 10_000;

/** The codes found, and whether the text held more than were read. */
export interface CodeList {
  codes: string[];
  more: boolean;
}

const isSpace = (character: string) => character.trim() === "";
const isSeparator = (character: string) =>
  character === "\n" || character === "\r" || character === "," || character === ";";

/** Up to `max` codes from pasted text, read from at most MAX_CODES_TEXT characters. */
export function splitCodes(text: string, max = MAX_CODES): CodeList {
  const end = Math.min(text.length, MAX_CODES_TEXT);
  const codes: string[] = [];
  let start = 0;
  const cut = (at: number, next: number) => {
    const code = text.slice(start, at).trim();
    if (code) codes.push(code);
    start = next;
  };
  for (let index = 0; index < end && codes.length <= max;) {
    const character = text[index]!;
    if (isSeparator(character)) {
      cut(index, ++index);
    } else if (isSpace(character)) {
      let after = index;
      while (after < end && isSpace(text[after]!)) after++;
      const beforeCode = text.slice(after, after + 2).toUpperCase() === "CX";
      // One space inside a code ("CX ORI 2026…") is forgiven; more, or one before "CX", part codes.
      if (after - index > 1 || beforeCode) {
        cut(index, after);
      }
      index = after;
    } else {
      index++;
    }
  }
  // A text cut short may end inside a code: that part is left for the next check.
  const cutShort = text.length > end;
  const endsInCode = cutShort && !isSpace(text[end]!) && !isSeparator(text[end]!);
  if (codes.length === 0 || (codes.length <= max && !endsInCode)) cut(end, end);
  return { codes: codes.slice(0, max), more: codes.length > max || cutShort };
}

/** A code as pasted, with the name written before it on its line ("Ana Lopez: CX-…"), if any. */
export interface NamedCode {
  code: string;
  name?: string;
}

/** The most characters a name before a code may have; longer text before a colon is not a name. */
const MAX_NAME = 100;

/**
 * Codes read line by line, where a line may start with a name and a colon: "Ana Lopez:
 * CX-ORI-…" is one code with its name, not two codes. Lines without a name read as splitCodes.
 */
export function splitNamedCodes(
  text: string,
  max = MAX_CODES,
): { codes: NamedCode[]; more: boolean } {
  const cutShort = text.length > MAX_CODES_TEXT;
  const lines = text.slice(0, MAX_CODES_TEXT).split(/\r\n|\n|\r/);
  // A line cut in two by the limit is left for the next check, as splitCodes does with a code.
  if (cutShort && !/[\r\n]/.test(text[MAX_CODES_TEXT]!)) lines.pop();
  const codes: NamedCode[] = [];
  let more = cutShort;
  for (const [index, line] of lines.entries()) {
    const colon = line.search(/[:：]/);
    const before = colon > 0 ? line.slice(0, colon).trim() : "";
    const isName =
      before.length > 0 &&
      before.length <= MAX_NAME &&
      /\p{L}/u.test(before) &&
      !/^cx/i.test(before) &&
      /cx/i.test(line.slice(colon + 1));
    const list = splitCodes(isName ? line.slice(colon + 1) : line, max - codes.length);
    for (const code of list.codes) codes.push(isName ? { code, name: before } : { code });
    if (list.more || codes.length >= max) {
      more ||= list.more || lines.slice(index + 1).some((rest) => rest.trim());
      break;
    }
  }
  return { codes, more };
}
