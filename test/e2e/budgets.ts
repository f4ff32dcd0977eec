import { readFileSync } from "node:fs";
import type { measurePage } from "../../bench/page-assets.mjs";

/*
 * The byte budgets (bench/budgets.json, shared with `npm run bench`) and how a page over one is
 * described: by the budgets spec (the map, My progress) and the every-page spec (each module
 * page, weighed on the visit that makes its other checks).
 */

type PageType = "map" | "module";
export const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as {
  screen: { width: number; height: number };
  jsGzipBytes: Record<"opened" | "readToTheEnd", Record<PageType | "progress", number>>;
  pageGzipBytes: Record<"opened" | "readToTheEnd", Record<PageType, number>>;
};

export type Measured = NonNullable<Awaited<ReturnType<typeof measurePage>>>;
/** What a page loaded at one moment: as opened, read to the end or answered. */
export type Summary = Omit<Measured["opened"], "withoutScripts">;

/** The files of a page and their gzip sizes, for a failure message that says where bytes go. */
export function whereBytesGo(url: string, summary: Summary): string {
  return [
    `${url}: HTML ${summary.html.gzip} B gzip (inline scripts ${summary.inline.scripts.gzip} B, inline styles ${summary.inline.styles.gzip} B)`,
    ...summary.files
      .filter((file) => file.kind !== "other")
      .map((file) => `  ${file.url}: ${file.gzip} B gzip`),
  ].join("\n");
}
