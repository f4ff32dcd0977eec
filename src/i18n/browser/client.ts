import type { UiStrings } from "../en";
import type { PageContext } from "../page-context";
import { dateLocaleFor, pageStrings, stringsBlockId } from "./page-strings";

/*
 * The strings an island shows, in the page's language. The page hands each island the groups
 * it needs as a prop (src/i18n/build/index.ts, islandStrings), or sends them once in a block in its
 * head for all its islands (sendStringsOnce); the island's root calls useStrings with its prop
 * before anything renders. The other language's strings never reach the browser,
 * and no language's strings are in the shared runtime's code.
 *
 * One object for the page rather than a context: every island on a page speaks the same
 * language, helpers outside components (status words, dates) read it too, and each root
 * provides its groups again at the start of a render, which is synchronous, so the build,
 * rendering English and French pages one after another, never mixes them.
 */

/** What islands receive: some groups of strings and the page's language. */
export type IslandStrings = Partial<UiStrings> & { page: PageContext };

const current = {} as UiStrings & { page: PageContext };

/** The page's strings, by group: `t.quiz.check`. Only the groups the island was given are set. */
export const t: Readonly<UiStrings & { page: PageContext }> = current;

/**
 * Where an island's `strings` prop keeps, on the server, the groups its page sends once in a
 * block (src/i18n/build/index.ts, sendStringsOnce): Astro does not serialise it, so in the browser
 * the prop arrives without them and the island reads the block instead.
 */
export const sentWithPage = "sentWithPage";

/** The id of the page's block of strings (Base.astro). */
export { stringsBlockId };

/** Make the island's strings the page's; call first in an island's root component. */
export function useStrings(strings: IslandStrings): void {
  // On the server, no block: the island's own copy. In the browser, the block, then the prop.
  Object.assign(
    current,
    pageStrings(),
    (strings as { [sentWithPage]?: object }).sentWithPage ?? strings,
  );
}

/** The page's language, for Intl and plural rules. */
export const lang = (): string => current.page?.lang ?? "en";

/** The locale for dates: the browser's variant of the page's language (page-strings.ts). */
export const dateLocale = (): string => dateLocaleFor(lang());

/** A site path ("/modules/x/") in the page's language ("/fr/modules/x/"). */
export const localHref = (path: string): string => `${current.page?.prefix ?? ""}${path}`;
