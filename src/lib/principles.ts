/*
 * Principles by reference: quiz YAML writes {principle:listen-first} and MDX writes
 * <PrincipleName id="listen-first" />, so an organisation that renames or replaces its
 * principles in content/principles.yaml changes them everywhere at once.
 */

const token = /\{principle:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The principle ids a quiz's text refers to with {principle:id}, in order of appearance. */
export function principleIdsIn(text: string): string[] {
  return [...text.matchAll(token)].map((match) => match[1]!);
}

/** `value` with every {principle:id} in its strings replaced by that principle's name. */
export function fillPrinciples<T>(value: T, names: ReadonlyMap<string, string>): T {
  if (typeof value === "string") {
    return value.replace(token, (whole, id: string) => names.get(id) ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((item) => fillPrinciples(item, names)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPrinciples(item, names)]),
    ) as T;
  }
  return value;
}

/** A problem for each reference to a principle that content/principles.yaml does not have. */
export function findPrincipleProblems(
  sources: readonly { filePath: string; ids: readonly string[] }[],
  knownIds: ReadonlySet<string>,
): string[] {
  const list = [...knownIds].sort().join(", ");
  return sources.flatMap(({ filePath, ids }) =>
    [...new Set(ids)]
      .filter((id) => !knownIds.has(id))
      .map(
        (id) =>
          `${filePath}: the principle "${id}" is not in content/principles.yaml. ` +
          `Use one of: ${list || "(none yet)"}, or add it there.`,
      ),
  );
}
