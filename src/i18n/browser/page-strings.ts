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
 * The name of the <meta> (Base.astro) that names the language's file of the strings a page
 * shows only once something happens (a notice, the quiz, resetting a module): fetched then,
 * rather than carried by every page as it opens (src/i18n/build/index.ts, fetchedStrings).
 */
export const stringsFileMeta = "cx-strings-file";

let fetching: Promise<PageStrings> | undefined;

/**
 * The page's strings with `group` in them: at once when its block has the group, else once
 * the language's file of fetched strings has loaded, its groups then added to the block's.
 * Rejects when the file could not load (offline after the site changed); the next call tries
 * again.
 */
export function stringsWith(group: keyof UiStrings): Promise<PageStrings> {
  if (pageStrings()[group]) return Promise.resolve(pageStrings());
  fetching ??= fetchStrings().catch((error: unknown) => {
    fetching = undefined;
    throw error;
  });
  return fetching;
}

async function fetchStrings(): Promise<PageStrings> {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${stringsFileMeta}"]`);
  if (!meta) throw new Error(`No <meta name="${stringsFileMeta}"> on this page`);
  // Written as the page writes its links (relative inside an LMS package: Base.astro).
  const response = await fetch(meta.content);
  if (!response.ok) throw new Error(`${response.status} ${meta.content}`);
  const fetched = (await response.json()) as PageStrings;
  return (block = { ...fetched, ...pageStrings() });
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
