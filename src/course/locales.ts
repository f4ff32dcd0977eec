import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/*
 * Which languages a build has, decided by the content folder: English is the course's own
 * language, at the site's root; every folder of content/ named by a language code (fr, de,
 * pt-BR) adds that language under /<code>/. Read by astro.config.mjs (Astro's i18n routing) and
 * the integration, before anything else is built.
 */

/** The course's own language: its content sits at the top of content/ and its pages at the root. */
export const defaultLocale = "en";

/** A content folder that holds a translation: a BCP 47 language code such as fr or pt-BR. */
const languageFolder = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** The languages of the course in `contentDir`: English first, then its translations. */
export function courseLocales(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [defaultLocale];
  const translations = readdirSync(contentDir)
    .filter((name) => languageFolder.test(name) && name !== defaultLocale)
    .filter((name) => statSync(join(contentDir, name)).isDirectory())
    .sort();
  return [defaultLocale, ...translations];
}

/** Where the UI strings files live: one `<code>.ts` per language (tests point elsewhere). */
export const stringsDir = process.env.CX_STRINGS_DIR ?? "src/i18n";
