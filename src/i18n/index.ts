import allStrings from "virtual:cx/strings";
import { packageWords } from "../lms/package-words";
import { getCourse } from "../course";
import type { UiStrings } from "./en";
import type { IslandStrings } from "./client";
import type { PageContext } from "./page-context";
import { defaultLocale } from "../course/locales";
import { checkStrings } from "../course/strings-files";

// A strings file that lacks a key stops the build here, before any page uses it.
checkStrings(allStrings);

/** The strings pages say: inside an LMS package, its truer words about where progress goes. */
const strings = process.env["CX_PACKAGE"] === "1" ? packageWords(allStrings) : allStrings;

/*
 * Languages for pages, at build time. A page asks for its language (from Astro's i18n routing:
 * the address says it), its strings, its addresses, and the strings each of its islands shows.
 */

/** The course's languages, English first. */
export const locales: string[] = Object.keys(strings);

/** Whether the course has more than one language (one language: no switcher). */
export const multilingual = locales.length > 1;

/** The page's language, from Astro.currentLocale. */
export const localeOf = (astro: { currentLocale?: string | undefined }): string =>
  astro.currentLocale && locales.includes(astro.currentLocale)
    ? astro.currentLocale
    : defaultLocale;

/** "" for English, "/fr" for French: what comes before a site path. */
export const prefixOf = (lang: string): string => (lang === defaultLocale ? "" : `/${lang}`);

/** A site path ("/progress/") in `lang` ("/fr/progress/"). */
export const localePath = (lang: string, path: string): string => `${prefixOf(lang)}${path}`;

/** The site path without its language prefix: "/fr/modules/x/" gives "/modules/x/". */
export function pathInDefault(pathname: string): string {
  const [, first] = pathname.split("/");
  return first && first !== defaultLocale && locales.includes(first)
    ? pathname.slice(first.length + 1) || "/"
    : pathname;
}

/** Every UI string in `lang`. */
export const stringsFor = (lang: string): UiStrings => strings[lang] ?? strings[defaultLocale]!;

/** The `lang` param of every page's getStaticPaths: none for English, the code otherwise. */
export const localeParams = () =>
  locales.map((lang) => ({ lang: lang === defaultLocale ? undefined : lang }));

/** What each island knows of its page: the language and the course's words in it. */
export function pageContext(lang: string): PageContext {
  const course = getCourse(lang);
  return {
    lang,
    prefix: prefixOf(lang),
    organisation: course.organisation,
    title: course.title,
    tracks: Object.fromEntries(
      course.tracks.map(({ id, name, certificateTitle }) => [id, { name, certificateTitle }]),
    ),
  };
}

/** The groups of strings an island shows, in `lang`, with its page's context: its `strings` prop. */
export function islandStrings<G extends keyof UiStrings>(lang: string, groups: G[]): IslandStrings {
  const all = stringsFor(lang);
  return {
    ...Object.fromEntries(groups.map((group) => [group, all[group]])),
    page: pageContext(lang),
  } as IslandStrings;
}
