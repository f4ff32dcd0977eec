/*
 * A summary a learner shares with their manager: what it holds, and the two ways it travels.
 * - a file: readable JSON, { format, version, summary };
 * - a short text to paste into chat or email: CXTEAM<version>.<payload>.<check>, where the
 *   payload is the summary as compact JSON arrays, deflated and in base64url, and the check is a
 *   hash of everything before it, so a paste cut short or edited is refused rather than misread.
 * Both the writer (My progress) and the reader (the team page) use this file; only the reader
 * needs the schema, which loads on demand.
 */

/** The version of the summary this site writes; a higher one comes from a newer site. */
export const SUMMARY_VERSION = 1;
/** Marks a file as a summary for a manager. */
export const SUMMARY_FILE_FORMAT = "cx-learning-map/team-summary";
/** What every summary text starts with, before its version number. */
export const SUMMARY_TEXT_PREFIX = "CXTEAM";

/**
 * Characters of a name. A number of its own, which the bundler writes where it is used, so My
 * progress's name field does not load this file for it.
 */
export const SUMMARY_NAME_LENGTH = 80;

/** The most a summary may hold: far more than a course has, and little enough to read fast. */
export const SUMMARY_LIMITS = {
  /** Characters of a name. */
  name: SUMMARY_NAME_LENGTH,
  /** Modules started or done. */
  modules: 400,
  /** Certificates. */
  certificates: 20,
  /** Characters of one summary text, and of the JSON it inflates to. */
  text: 20_000,
  /** Bytes of a summary file. */
  fileBytes: 100_000,
} as const;

/** One module the learner has started or finished. */
export interface SharedModule {
  id: string;
  status: "started" | "done";
  /** The local day it was done, YYYY-MM-DD; only for done modules. */
  day?: string;
  /** The best quiz score, a whole percentage from 0 to 100, if any quiz was finished. */
  score?: number;
}

/** Everything a summary holds: progress in numbers, never what the learner wrote or answered. */
export interface TeamSummary {
  version: typeof SUMMARY_VERSION;
  /** The name the learner typed for sharing. */
  name: string;
  /** When the summary was made (ISO). */
  madeAt: string;
  modules: SharedModule[];
  /** Certificates earned, by track, with their completion codes. */
  certificates: { track: string; code: string }[];
  /** Questions in review: learned, waiting and due on the day it was made. */
  review: { learned: number; waiting: number; due: number };
  /** How many commitments the learner made, and how many check-ins on them: counts only. */
  commitments: { made: number; checkIns: number };
}

/** The summary as compact arrays, for the text: field names cost more than the data. */
export type CompactSummary = [
  name: string,
  madeAt: string,
  modules: [id: string, done: 0 | 1, day: string | null, score: number | null][],
  certificates: [track: string, code: string][],
  review: [learned: number, waiting: number, due: number],
  commitments: [made: number, checkIns: number],
];

/** The summary as compact arrays. */
export function compactSummary(summary: TeamSummary): CompactSummary {
  return [
    summary.name,
    summary.madeAt,
    summary.modules.map((module) => [
      module.id,
      module.status === "done" ? 1 : 0,
      module.day ?? null,
      module.score ?? null,
    ]),
    summary.certificates.map((certificate) => [certificate.track, certificate.code]),
    [summary.review.learned, summary.review.waiting, summary.review.due],
    [summary.commitments.made, summary.commitments.checkIns],
  ];
}

/** The check of a summary text: FNV-1a over the text before it, eight base-36 characters. */
export function summaryCheck(text: string): string {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 0x01000193) >>> 0;
    low = Math.imul(low ^ code, 0x811c9dc5) >>> 0;
  }
  // Two 32-bit hashes, four characters of each: a cut or an edit slips through about once in 10^12.
  return [high, low].map((hash) => (hash % 36 ** 4).toString(36).padStart(4, "0")).join("");
}

/** Bytes as base64url, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
