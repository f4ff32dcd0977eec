import type { GlossaryTerm } from "../schemas/glossary";

/**
 * Every problem the glossary schema alone cannot see: a term that names a module which does not
 * exist, and a term defined twice. Each message names the file, the term and the field, and says
 * what to write instead.
 */
export function findGlossaryProblems(
  terms: readonly GlossaryTerm[],
  moduleIds: readonly string[],
  filePath: string,
): string[] {
  const problems: string[] = [];
  const known = new Set(moduleIds);
  const moduleList = [...known].sort().join(", ") || "(none yet)";
  const seen = new Map<string, string>();

  for (const term of terms) {
    for (const moduleId of term.modules) {
      if (!known.has(moduleId)) {
        problems.push(
          `${filePath}: the term "${term.term}" (id ${term.id}) names "${moduleId}" in modules, ` +
            `but no module has that id. Write the file name of a module without .mdx, one of: ${moduleList}.`,
        );
      }
    }
    const key = term.term.toLocaleLowerCase("en");
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push(
        `${filePath}: the term "${term.term}" is defined twice (ids ${other} and ${term.id}). ` +
          `Keep one definition and delete the other.`,
      );
    } else {
      seen.set(key, term.id);
    }
  }
  return problems;
}

/** Terms in alphabetical order, ignoring case, as a reader scans a glossary. */
export function sortGlossary<T extends Pick<GlossaryTerm, "term">>(
  terms: readonly T[],
  lang = "en",
): T[] {
  return [...terms].sort((a, b) =>
    a.term.localeCompare(b.term, lang, { sensitivity: "base", numeric: true }),
  );
}
