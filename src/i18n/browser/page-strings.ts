import type { UiStrings } from "../en";
import type { PageContext } from "../page-context";

/*
 * The strings a page sends once, in a JSON block in its head (Base.astro, from
 * src/i18n/build/index.ts's sendStringsOnce), read the first time anything asks. The Preact
 * islands read it through client.ts; the plain scripts every page runs (the save status, the
 * notices, the module's status) read it here, without Preact or the islands' string helpers.
 */

/** The id of the page's block of strings. */
export const stringsBlockId = "cx-strings";

/** What the block holds: the groups the page sent, and the page's language and course words. */
export type PageStrings = Partial<UiStrings> & { page?: PageContext };

let block: PageStrings | undefined;

/** The page's block of strings; empty on the server, or on a page without one. */
export function pageStrings(): PageStrings {
  if (block) return block;
  const text = globalThis.document?.getElementById(stringsBlockId)?.textContent;
  return text ? (block = JSON.parse(text) as PageStrings) : {};
}

/**
 * The locale for dates in `page`'s language: the browser's own variant of it (en-GB, fr-CA)
 * where it has one, so a learner reads dates as they write them, else the language itself.
 */
export function dateLocaleFor(page: string): string {
  const own =
    typeof navigator === "undefined"
      ? undefined
      : navigator.languages?.find((each) => each.split("-")[0] === page);
  return own ?? page;
}
