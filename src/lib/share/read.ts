import { nestsDeeperThan } from "../json-depth";
import {
  SUMMARY_FILE_FORMAT,
  SUMMARY_LIMITS,
  SUMMARY_TEXT_PREFIX,
  SUMMARY_VERSION,
  summaryCheck,
  type TeamSummary,
} from "./format";
import { SummaryProblem, checkTeamSummary } from "./schema";

/*
 * Reading summaries on the team page, from a pasted text or a file. Whatever comes in, the
 * answer is a summary or a reason (a code the team page's words turn into a sentence); nothing
 * here throws, and nothing is kept from a summary that is refused.
 */

/** Why a summary was refused. */
export type SummaryRefusal =
  | "not-a-summary"
  | "cut-short"
  | "changed"
  | "newer-version"
  | "too-large"
  | "unreadable"
  | "invalid";

/** A summary read, or why not. */
export type SummaryReading =
  { ok: true; summary: TeamSummary } | { ok: false; reason: SummaryRefusal; detail?: string };

const refuse = (reason: SummaryRefusal, detail?: string): SummaryReading =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

/** The deepest a summary's JSON nests: the file's wrapper, the summary, a list, an entry. */
const MAX_DEPTH = 5;

const textPattern = new RegExp(`^${SUMMARY_TEXT_PREFIX}(\\d{1,6})\\.([A-Za-z0-9_-]*)(?:\\.(.*))?$`);

/** Base64url to bytes; undefined when it is not base64url. */
function fromBase64Url(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Inflated bytes as text, stopping past `limit` bytes: a tiny text must not unfold into megabytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<string | undefined> {
  try {
    const reader = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"))
      .getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(whole);
  } catch {
    return undefined;
  }
}

/** JSON text as a value, refusing text that nests too deeply; undefined when it is not JSON. */
function parseJson(text: string): { value: unknown } | undefined {
  if (nestsDeeperThan(text, MAX_DEPTH)) return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** A summary object checked against the schema, with the first problem's place when refused. */
function checkSummary(value: unknown): SummaryReading {
  try {
    return { ok: true, summary: checkTeamSummary(value) };
  } catch (error) {
    if (error instanceof SummaryProblem) return refuse("invalid", error.message);
    return refuse("unreadable");
  }
}

/** The compact arrays of a summary text back into a summary object, for the schema to check. */
function expand(compact: unknown): unknown {
  if (!Array.isArray(compact) || compact.length !== 6) return compact;
  const [name, madeAt, modules, certificates, review, commitments] = compact as unknown[][];
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return {
    version: SUMMARY_VERSION,
    name,
    madeAt,
    modules: list(modules).map((entry) => {
      const [id, done, day, score] = list(entry);
      return {
        id,
        status: done === 1 ? "done" : done === 0 ? "started" : done,
        ...(day === null ? {} : { day }),
        ...(score === null ? {} : { score }),
      };
    }),
    certificates: list(certificates).map((entry) => {
      const [track, code] = list(entry);
      return { track, code };
    }),
    review: { learned: list(review)[0], waiting: list(review)[1], due: list(review)[2] },
    commitments: { made: list(commitments)[0], checkIns: list(commitments)[1] },
  };
}

/** One pasted summary text: CXTEAM1.<payload>.<check>. */
export async function readSummaryText(pasted: string): Promise<SummaryReading> {
  const text = pasted.trim();
  if (text.length > SUMMARY_LIMITS.text) return refuse("too-large");
  const match = textPattern.exec(text);
  if (!match) return refuse("not-a-summary");
  const [, version, payload, check] = match as unknown as [string, string, string, string?];
  if (Number(version) > SUMMARY_VERSION) return refuse("newer-version", version);
  if (Number(version) < 1) return refuse("not-a-summary");
  if (check === undefined || check.length < 8) return refuse("cut-short");
  if (check !== summaryCheck(`${SUMMARY_TEXT_PREFIX}${version}.${payload}`)) {
    return refuse(check.length === 8 ? "changed" : "not-a-summary");
  }
  const bytes = fromBase64Url(payload);
  const json = bytes && (await inflate(bytes, SUMMARY_LIMITS.text));
  const parsed = json === undefined ? undefined : parseJson(json);
  if (!parsed) return refuse("unreadable");
  return checkSummary(expand(parsed.value));
}

/** A summary file's text: { format, version, summary }. */
export function readSummaryFile(text: string): SummaryReading {
  if (text.length > SUMMARY_LIMITS.fileBytes) return refuse("too-large");
  const parsed = parseJson(text);
  if (!parsed) return refuse(text.trim().startsWith("{") ? "unreadable" : "not-a-summary");
  const file = parsed.value as { format?: unknown; version?: unknown; summary?: unknown } | null;
  if (typeof file !== "object" || file === null || file.format !== SUMMARY_FILE_FORMAT) {
    return refuse("not-a-summary");
  }
  if (typeof file.version === "number" && file.version > SUMMARY_VERSION) {
    return refuse("newer-version", String(file.version));
  }
  if (file.version !== SUMMARY_VERSION) return refuse("invalid", "version");
  return checkSummary(file.summary);
}
