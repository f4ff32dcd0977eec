import allStrings from "virtual:cx/strings";
import { packageWords } from "../../lms/package-words";
import { getCourse } from "../../course";
import type { UiStrings } from "../en";
import { sentWithPage, type IslandStrings } from "../browser/client";
import type { PageContext } from "../page-context";
import { defaultLocale } from "../../course/locales";
import { checkStrings } from "../../course/strings-files";
import { hashedPath, type DataFile } from "../../course/quiz-files";
import { pagesKept } from "../../course/page-cache";

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

/**
 * The getStaticPaths of a page made once a language: its `lang` param (none for English, the
 * code otherwise); none when the last build's pages are kept (src/course/page-cache.ts).
 */
export const localePaths = () =>
  pagesKept()
    ? []
    : locales.map((lang) => ({ params: { lang: lang === defaultLocale ? undefined : lang } }));

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

/** A page's own render, as Astro gives it: `Astro.locals` is one object per page rendered. */
type PageRender = { locals: object };

/** The groups each page sends once, for all its islands, by the page's `Astro.locals`. */
const sentByPage = new WeakMap<object, { lang: string; groups: Set<keyof UiStrings> }>();

/**
 * Send some groups of strings once with the page, for every island on it that shows them:
 * call it in the page's frontmatter, before its components render. Base.astro writes what was
 * sent in one block in the head (pageStringsBlock), and islandStrings(…, Astro) then leaves
 * those groups out of the islands' props, which repeated them once per island.
 */
export function sendStringsOnce(page: PageRender, lang: string, groups: (keyof UiStrings)[]) {
  const sent = sentByPage.get(page.locals) ?? { lang, groups: new Set() };
  for (const group of groups) sent.groups.add(group);
  sentByPage.set(page.locals, sent);
}

/** The JSON of the strings the page sends once, with its context, for a <script> block. */
export function pageStringsBlock(page: PageRender): string | undefined {
  const sent = sentByPage.get(page.locals);
  if (!sent) return undefined;
  const all = stringsFor(sent.lang);
  const block = {
    ...Object.fromEntries([...sent.groups].map((group) => [group, all[group]])),
    page: pageContext(sent.lang),
  };
  // In a <script> element, "</script" or "<!--" in a string would end it early.
  return JSON.stringify(block).replace(/</g, "\\u003c");
}

/**
 * The groups of strings an island shows, in `lang`, with its page's context: its `strings`
 * prop. Given the page (`Astro`), groups the page sends once stay out of the serialised prop:
 * the island renders with them on the server and reads the page's block in the browser.
 */
export function islandStrings<G extends keyof UiStrings>(
  lang: string,
  groups: G[],
  page?: PageRender,
): IslandStrings {
  const all = stringsFor(lang);
  const strings = {
    ...Object.fromEntries(groups.map((group) => [group, all[group]])),
    page: pageContext(lang),
  } as IslandStrings;
  const sent = page && sentByPage.get(page.locals);
  if (sent?.lang !== lang || !groups.every((group) => sent.groups.has(group))) return strings;
  // Astro serialises a prop's own enumerable keys only: this one stays on the server.
  return Object.defineProperty({}, sentWithPage, { value: strings }) as IslandStrings;
}

/** The groups of strings the islands of module MDX components show, by component name. */
export const componentStrings = {
  Quiz: ["common", "quiz", "quizLoad", "punctuation"],
  Commitment: ["punctuation", "commitment"],
  TeamActivity: ["teamActivity"],
  Video: ["film"],
} satisfies Record<string, (keyof UiStrings)[]>;

/**
 * The groups pages fetch when they need them, from one file per language that every page
 * shares (stringsFile), rather than carry as they open: the quizzes' (fetched as a quiz
 * hydrates) and the notices' (when there is one to show, which on most visits there is not).
 * src/i18n/browser/page-strings.ts, stringsWith.
 */
export const fetchedStrings = ["quiz", "notices"] satisfies (keyof UiStrings)[];

/**
 * The groups a module page's islands fetch as they hydrate (the film's, the commitment picker's)
 * or as the learner acts (resetting a module), each from a file of its own per language
 * (groupStringsFile), so that a page fetches only its own islands' words and the shared file
 * above stays as small as the quizzes need. A page names each file its islands may fetch in a
 * <meta name="cx-strings-file-<group>"> (src/i18n/browser/page-strings.ts, stringsWith). A team activity's
 * three sentences stay in the page's block: a file of their own, and the code to fetch it,
 * would weigh more than they do.
 */
export const ownFileStrings = ["film", "commitment", "resetModule"] satisfies (keyof UiStrings)[];

/** A group of ownFileStrings. */
export type OwnFileGroup = (typeof ownFileStrings)[number];

/**
 * The string groups a module's page uses: its status line's, its end's and its reset button's,
 * and those of the components its MDX uses (a film's checkpoint questions are the module's
 * quizzes).
 */
export function moduleStringGroups(module: {
  components: { name: string }[];
  quizIds: string[];
}): (keyof UiStrings)[] {
  const inComponents = module.components.flatMap((use) =>
    use.name in componentStrings ? componentStrings[use.name as keyof typeof componentStrings] : [],
  );
  return [
    ...new Set<keyof UiStrings>([
      "common",
      "moduleStep",
      "moduleEnd",
      "resetModule",
      ...inComponents,
      ...(module.quizIds.length > 0 ? componentStrings.Quiz : []),
    ]),
  ];
}

/**
 * An island's strings that it fetches in the browser (stringsWith, as it hydrates or when
 * the learner acts): the server renders with this copy, which Astro does not serialise.
 */
export function fetchedIslandStrings<G extends keyof UiStrings>(
  lang: string,
  groups: G[],
): IslandStrings {
  return Object.defineProperty({}, sentWithPage, {
    value: islandStrings(lang, groups),
  }) as IslandStrings;
}

const stringsFiles = new Map<string, DataFile>();

/** The file of the fetched strings in `lang`, named by a hash of what it holds. */
export function stringsFile(lang: string): DataFile {
  let file = stringsFiles.get(lang);
  if (!file) {
    const all = stringsFor(lang);
    const json = JSON.stringify(
      Object.fromEntries(fetchedStrings.map((group) => [group, all[group]])),
    );
    file = { path: hashedPath(`strings.${lang}`, json), json };
    stringsFiles.set(lang, file);
  }
  return file;
}

/** The file of one group of ownFileStrings in `lang`, named by a hash of what it holds. */
export function groupStringsFile(lang: string, group: OwnFileGroup): DataFile {
  const key = `${lang}.${group}`;
  let file = stringsFiles.get(key);
  if (!file) {
    const json = JSON.stringify({ [group]: stringsFor(lang)[group] });
    file = { path: hashedPath(`strings.${key}`, json), json };
    stringsFiles.set(key, file);
  }
  return file;
}
