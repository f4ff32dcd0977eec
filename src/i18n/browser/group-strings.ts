import type { UiStrings } from "../en";
import { pageStrings } from "./page-strings";

/*
 * The words of some module-page islands (the film's, the commitment picker's, resetting a
 * module's), each group in a file of its own per language (src/i18n/build,
 * ownFileStrings), fetched as the island hydrates or as the learner acts rather than carried in
 * every page's block. Apart from page-strings.ts so that the runtime every page runs carries none
 * of it: only the islands that fetch a group load this.
 */

/**
 * The name of the <meta> in which a module page names the file of `group`: "cx-strings-file-film"
 * beside page-strings.ts's "cx-strings-file" (written out, so that this module imports from the
 * runtime only what it already exports).
 */
export const groupFileMeta = (group: keyof UiStrings): string => `cx-strings-file-${group}`;

/** Each group's fetch: once for the page. */
const fetching = new Map<keyof UiStrings, Promise<void>>();

/**
 * Resolves once the page's strings (pageStrings, which islands' useStrings reads) hold `group`:
 * at once when they do, else once the group's file, named in the page's <meta>, has loaded.
 * Rejects when it could not (the island then stays as the server rendered it); the next call
 * tries again.
 */
export function groupStrings(group: keyof UiStrings): Promise<void> {
  if (pageStrings()[group]) return Promise.resolve();
  const fetched = fetching.get(group) ?? fetchGroup(group);
  fetching.set(group, fetched);
  fetched.catch(() => fetching.delete(group));
  return fetched;
}

async function fetchGroup(group: keyof UiStrings): Promise<void> {
  // Written as the page writes its links (relative inside an LMS package).
  const path = document.querySelector<HTMLMetaElement>(`meta[name="${groupFileMeta(group)}"]`);
  const response = path && (await fetch(path.content));
  // A file of another kind (a proxy's error page) fails to parse, or does not hold the group.
  const words = response && response.ok && ((await response.json()) as Partial<UiStrings>)[group];
  if (!words) throw new Error(`No "${group}" strings from ${path?.content}`);
  // The page's block, as parsed once (page-strings.ts): every island reads it from there.
  Object.assign(pageStrings(), { [group]: words });
}
