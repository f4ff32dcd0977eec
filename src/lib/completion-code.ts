import course from "virtual:cx/course";
import type { TrackId } from "../schemas/module";

/*
 * Completion codes: a short receipt that a learner finished a track, such as
 * CX-ORI-20261124-PD38-J. It holds the track, the day of completion and a fingerprint of the
 * module ids completed, then a check character (Luhn mod 36) that catches any single mistyped
 * character and most swapped neighbours. The learner's name is left out, so a code shared with
 * an orientation lead says nothing about who they are.
 *
 * It is a receipt, not a credential: the algorithm is public, so anyone can make a code that
 * passes. The check only guards against typos and casual edits.
 */

/** The characters a code uses; a character's value in the checksum is its position here. */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A track as codes know it: its id and its three letters (content/course.yaml). */
export interface CodedTrack {
  id: TrackId;
  code: string;
}

/** The Luhn mod 36 check character for `payload` (characters of ALPHABET only). */
export function checkCharacter(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let index = payload.length - 1; index >= 0; index--) {
    const addend = factor * ALPHABET.indexOf(payload[index]!);
    sum += Math.floor(addend / ALPHABET.length) + (addend % ALPHABET.length);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(ALPHABET.length - (sum % ALPHABET.length)) % ALPHABET.length]!;
}

/**
 * Four characters that stand for a set of module ids, in any order: a 32-bit FNV-1a hash of
 * the sorted ids, in base 36. The verify page compares it with a track's modules today.
 */
export function moduleFingerprint(moduleIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const character of [...moduleIds].sort().join(" ")) {
    hash ^= character.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).toUpperCase().padStart(4, "0");
}

/** What a completion code says. */
export interface CompletionFacts {
  track: TrackId;
  /** The day the track was completed, YYYY-MM-DD. */
  day: string;
  /** The module ids completed (for a code) or their fingerprint (from a parsed code). */
  moduleIds: readonly string[];
}

/** The completion code for a track finished on `day` with `moduleIds` completed. */
export function completionCode(
  { track, day, moduleIds }: CompletionFacts,
  tracks: readonly CodedTrack[] = course.tracks,
): string {
  const letters = tracks.find((candidate) => candidate.id === track)?.code;
  if (!letters) throw new Error(`"${track}" is not a track of this course`);
  const payload = `CX${letters}${day.replaceAll("-", "")}${moduleFingerprint(moduleIds)}`;
  return `CX-${letters}-${day.replaceAll("-", "")}-${moduleFingerprint(moduleIds)}-${checkCharacter(payload)}`;
}

/**
 * Why a code is not well formed, as facts: the islands that show it say it in the page's
 * language (islands/certificate/code-words.ts).
 */
export type CodeProblem =
  | { kind: "shape"; example: string }
  | { kind: "track"; code: string; codes: string }
  | { kind: "date"; date: string }
  | { kind: "check" }
  /** Well formed, but dated before the course existed or after tomorrow. */
  | { kind: "too-early" | "in-future"; date: string };

/** A code read back: what it says, or why it is not well formed. */
export type ParsedCode =
  | {
      ok: true;
      code: string;
      track: TrackId;
      day: string;
      fingerprint: string;
    }
  | { ok: false; code: string; problem: CodeProblem };

/** The earliest year a real code can carry: anything before is a typo or a made-up code. */
const FIRST_YEAR = 2000;

const codePattern = /^CX-?([A-Z]{3})-?(\d{4})(\d{2})(\d{2})-?([0-9A-Z]{4})-?([0-9A-Z])$/;

/** The start of a day (UTC), or undefined when year, month and day name no real date. */
function realDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn the years 0 to 99 into 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * Read a code as typed or pasted: case, spaces and missing dashes are forgiven; anything else
 * gets the problem that stops it.
 */
export function parseCompletionCode(
  text: string,
  tracks: readonly CodedTrack[] = course.tracks,
  today: Date = new Date(),
): ParsedCode {
  // Word and Outlook turn "-" into en or em dashes as people type: read every dash as one.
  const code = text
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/\s+/g, "");
  const match = codePattern.exec(code);
  if (!match) {
    return {
      ok: false,
      code,
      problem: { kind: "shape", example: `CX-${tracks[0]?.code ?? "ABC"}-20261124-XXXX-C` },
    };
  }
  const [, trackCode, year, month, date, fingerprint, check] = match as unknown as string[];
  const track = tracks.find((candidate) => candidate.code === trackCode)?.id;
  if (!track) {
    return {
      ok: false,
      code,
      problem: {
        kind: "track",
        code: trackCode!,
        codes: tracks.map((known) => known.code).join(", "),
      },
    };
  }
  const start = realDate(Number(year), Number(month), Number(date));
  if (!start) {
    return {
      ok: false,
      code,
      problem: { kind: "date", date: `${year}-${month}-${date}` },
    };
  }
  if (checkCharacter(`CX${trackCode}${year}${month}${date}${fingerprint}`) !== check) {
    return {
      ok: false,
      code,
      problem: { kind: "check" },
    };
  }
  // A well-formed code dated before the course existed or after tomorrow (a day's grace for
  // time zones) cannot be a real completion: a typo that happens to check, a made-up code, or
  // the clock of the device that made it. It is refused, saying which.
  // (Times, not ISO strings, are compared: after 9999 an ISO year takes six digits and a sign.)
  const day = `${year}-${month}-${date}`;
  if (Number(year) < FIRST_YEAR || start.getTime() > today.getTime() + 86_400_000) {
    return {
      ok: false,
      code,
      problem: { kind: Number(year) < FIRST_YEAR ? "too-early" : "in-future", date: day },
    };
  }
  return {
    ok: true,
    code: `CX-${trackCode}-${year}${month}${date}-${fingerprint}-${check}`,
    track,
    day,
    fingerprint: fingerprint!,
  };
}
