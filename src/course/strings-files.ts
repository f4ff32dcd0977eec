import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { AstroError } from "astro/errors";
import { findStringProblems } from "./strings-check.ts";
import { courseLocales, defaultLocale, stringsDir } from "./locales.ts";

/*
 * The UI strings files at build time: one per language of the course, found by its code in
 * src/i18n/, handed to pages as the virtual module "virtual:cx/strings"
 * (src/course/integration.ts), and checked against English when pages first read them.
 */

const fileOf = (lang: string) => resolve(stringsDir, `${lang}.ts`);

const fail = (problems: string[]): never => {
  throw new AstroError(
    `The UI strings have ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n` +
      problems.map((problem) => `  - ${problem}`).join("\n"),
    "Every language's strings file needs every key of src/i18n/en.ts, in the same groups.",
  );
};

/** Stop the build at once when a language of the content folder has no strings file. */
export function checkStringsFiles(contentDir: string): void {
  const missing = courseLocales(contentDir).filter((lang) => !existsSync(fileOf(lang)));
  if (missing.length > 0) {
    fail(
      missing.map(
        (lang) =>
          `${lang}: content has a ${lang}/ folder but there is no ${relative(process.cwd(), fileOf(lang))}: copy src/i18n/fr.ts to it and translate it`,
      ),
    );
  }
}

/** Stop the build, naming each language, file and key at fault, when a strings file falls short. */
export function checkStrings(strings: Record<string, unknown>): void {
  const problems = Object.keys(strings)
    .filter((lang) => lang !== defaultLocale)
    .flatMap((lang) =>
      findStringProblems(strings[defaultLocale], strings[lang], lang).map(
        (problem) => `${relative(process.cwd(), fileOf(lang))}: ${problem}`,
      ),
    );
  if (problems.length > 0) fail(problems);
}

/** The virtual module's source: each language's strings, by code, in the course's order. */
export function stringsModule(contentDir: string): string {
  const locales = courseLocales(contentDir);
  return [
    ...locales.map((lang, index) => `import s${index} from ${JSON.stringify(fileOf(lang))};`),
    `export default { ${locales.map((lang, index) => `${JSON.stringify(lang)}: s${index}`).join(", ")} };`,
  ].join("\n");
}
