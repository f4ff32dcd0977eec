/*
 * WebVTT, as far as the film player needs it: cues with their times and text, read at build
 * time for the transcript, the chapters and the descriptions. Cue settings and styling are the
 * browser's business; here they are skipped. Pure, so it is tested without a browser.
 */

/** One cue: from `start` to `end` seconds, its text with tags removed. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** A time as WebVTT writes it ("00:01:05.500" or "01:05.500"), in seconds; NaN if it is not one. */
export function vttTime(text: string): number {
  const match = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [, hours, minutes, seconds, millis] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

/** A time as an author writes it in a prop: "1:20", "75", "1:02:03" or "75.5"; NaN otherwise. */
export function clockTime(text: string): number {
  const parts = text.trim().split(":");
  if (parts.length > 3 || parts.some((part) => !/^\d+(?:\.\d+)?$/.test(part))) return Number.NaN;
  if (parts.slice(1).some((part) => Number(part) >= 60)) return Number.NaN;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

/** 75 → "1:15", 3725 → "1:02:05": how the page shows a time. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole / 60) % 60;
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The reason a text is not WebVTT, or the cues it holds. */
export type VttReading = { ok: true; cues: Cue[] } | { ok: false; problem: string };

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": "\u00a0",
  "&lrm;": "\u200e",
  "&rlm;": "\u200f",
};

/** A cue's text as plain words: tags such as <v Name> and <i> removed, entities read. */
const plain = (text: string) =>
  text
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm);/g, (entity) => entities[entity] ?? entity)
    .trim();

/** The cues of a WebVTT file, in order of their start; or what makes it not WebVTT. */
export function parseVtt(source: string): VttReading {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text)) {
    return { ok: false, problem: 'it does not start with the line "WEBVTT"' };
  }
  const cues: Cue[] = [];
  const blocks = text.split(/\n{2,}/).slice(1);
  for (const block of blocks) {
    const lines = block.split("\n").filter((line, index) => index > 0 || line.trim() !== "");
    if (lines.length === 0) continue;
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(lines[0]!)) continue;
    const timing = lines.findIndex((line) => line.includes("-->"));
    if (timing === -1 || timing > 1) {
      return {
        ok: false,
        problem: `the block "${lines[0]!.slice(0, 40)}" has no "start --> end" line`,
      };
    }
    const [from = "", rest = ""] = lines[timing]!.split("-->");
    const start = vttTime(from);
    const end = vttTime(rest.trim().split(/[ \t]/)[0] ?? "");
    if (Number.isNaN(start) || Number.isNaN(end)) {
      return {
        ok: false,
        problem: `"${lines[timing]!.trim()}" is not a cue time such as 00:01:05.000 --> 00:01:09.500`,
      };
    }
    if (end < start)
      return { ok: false, problem: `the cue at ${lines[timing]!.trim()} ends before it starts` };
    cues.push({ start, end, text: plain(lines.slice(timing + 1).join(" ")) });
  }
  return { ok: true, cues: cues.sort((a, b) => a.start - b.start) };
}
