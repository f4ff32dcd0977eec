import {
  SUMMARY_FILE_FORMAT,
  SUMMARY_TEXT_PREFIX,
  SUMMARY_VERSION,
  compactSummary,
  summaryCheck,
  toBase64Url,
  type TeamSummary,
} from "./format";

/*
 * Writing a summary for a manager, as a file and as a text. The learner's page loads only this:
 * the reader and its schema are the team page's.
 */

/** The JSON text of a summary file. */
export function summaryFileText(summary: TeamSummary): string {
  return `${JSON.stringify({ format: SUMMARY_FILE_FORMAT, version: SUMMARY_VERSION, summary }, null, 2)}\n`;
}

/** A file name for a summary, such as cx-summary-ana-lima-2026-11-24.json. */
export function summaryFileName(summary: TeamSummary): string {
  const slug = summary.name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `cx-summary-${slug ? `${slug}-` : ""}${summary.madeAt.slice(0, 10)}.json`;
}

/** Bytes deflated (raw DEFLATE), with the browser's own compression. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The short text of a summary, to paste into chat or email. */
export async function summaryText(summary: TeamSummary): Promise<string> {
  const json = JSON.stringify(compactSummary(summary));
  const payload = toBase64Url(await deflate(new TextEncoder().encode(json)));
  const head = `${SUMMARY_TEXT_PREFIX}${SUMMARY_VERSION}.${payload}`;
  return `${head}.${summaryCheck(head)}`;
}
