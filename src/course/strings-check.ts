/*
 * Every language must say everything English says: a key missing from a strings file would show
 * a blank on the page, so the build stops and names the language, the file and the key.
 */

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  typeof value === "object" && value !== null && !Array.isArray(value);
/** A plural string: forms by Intl.PluralRules category, `other` always among them. */
const isPlural = (value: unknown) => isTree(value) && typeof value["other"] === "string";

/** Problems with `strings` (the language `lang`) against English, the source of keys. */
export function findStringProblems(english: unknown, strings: unknown, lang: string): string[] {
  const problems: string[] = [];
  const walk = (source: unknown, target: unknown, path: string) => {
    if (typeof source === "string") {
      if (typeof target !== "string" || target.trim() === "") {
        problems.push(`${lang}: the string "${path}" is missing; English says "${source}"`);
      }
      return;
    }
    if (isPlural(source)) {
      if (!isPlural(target)) {
        problems.push(`${lang}: the plural "${path}" is missing, or has no "other" form`);
      }
      return;
    }
    if (!isTree(source)) return;
    if (!isTree(target)) {
      problems.push(`${lang}: the group "${path}" is missing`);
      return;
    }
    for (const key of Object.keys(source)) {
      walk(source[key], target[key], path ? `${path}.${key}` : key);
    }
    for (const key of Object.keys(target)) {
      if (!(key in source))
        problems.push(`${lang}: "${path ? `${path}.` : ""}${key}" is not a key English has`);
    }
  };
  walk(english, strings, "");
  return problems;
}
