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
 * shows only once something happens (a notice, the quiz): fetched then, rather than carried by
 * every page as it opens (src/i18n/build/index.ts, fetchedStrings).
 */
export const stringsFileMeta = "cx-strings-file";

/**
 * The name of the <meta> in which a module page names the file of one group its islands fetch
 * as they hydrate, or as the learner acts (the film's, resetting a module's: ownFileStrings).
 */
export const groupFileMeta = (group: keyof UiStrings): string => `${stringsFileMeta}-${group}`;

/**
 * The JSON file a page names in its <meta name="`name`">, written as the page writes its links
 * (relative inside an LMS package: Base.astro). Rejects when the page names none or it did not
 * load; a file of another kind (a proxy's error page) fails to parse.
 */
export async function fetchNamedFile(name: string): Promise<unknown> {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) throw new Error(`No <meta name="${name}">`);
  const response = await fetch(meta.content);
  if (!response.ok) throw new Error(`${response.status} ${meta.content}`);
  return response.json();
}

/** Each file's fetch, by the name of its <meta>: once for the page, unless it failed. */
const fetching = new Map<string, Promise<PageStrings>>();

/**
 * The page's strings with `group` in them: at once when its block has the group, else once the
 * file that holds it has loaded (the group's own file if the page names one, else the language's
 * shared file of fetched strings), its groups then added to the block's. Rejects when the file
 * could not load (offline after the site changed) or does not hold the group; the next call
 * tries again.
 */
export function stringsWith(group: keyof UiStrings): Promise<PageStrings> {
  if (pageStrings()[group]) return Promise.resolve(pageStrings());
  const own = groupFileMeta(group);
  const name = document.querySelector(`meta[name="${own}"]`) ? own : stringsFileMeta;
  let file = fetching.get(name);
  if (!file) {
    file = fetchStrings(name, group);
    fetching.set(name, file);
    file.catch(() => fetching.delete(name));
  }
  return file;
}

async function fetchStrings(name: string, group: keyof UiStrings): Promise<PageStrings> {
  const fetched = (await fetchNamedFile(name)) as PageStrings;
  if (!fetched?.[group]) throw new Error(`No "${group}" strings in ${name}`);
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
