import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Each island reads only the groups of strings its page gives it (src/i18n/browser/client.ts): a group
 * left out shows as a crash in the browser, in one language or both. This reads the source as
 * text: the groups each island's code (and what it imports) reads as `t.<group>.`, against the
 * groups each page passes in its `strings` prop.
 */

const root = join(__dirname, "../../..");
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = normalize(join(dirname(from), spec));
  return [".ts", ".tsx", "/index.ts", ""]
    .map((ext) => base + ext)
    .find((path) => existsSync(path) && statSync(path).isFile());
}

const sourceOf = new Map<string, string>();
const read = (file: string) => {
  if (!sourceOf.has(file)) sourceOf.set(file, readFileSync(file, "utf8"));
  return sourceOf.get(file)!;
};

/** Every group of strings `file` and the modules it imports read. */
function groupsRead(file: string, seen = new Set<string>()): Set<string> {
  // Build-time code (src/course) and the strings machinery itself are not islands' code.
  if (seen.has(file) || !/\.tsx?$/.test(file) || /src[\\/](course|i18n)[\\/]/.test(file)) {
    return new Set();
  }
  seen.add(file);
  const source = read(file);
  const groups = new Set([...source.matchAll(/\bt\.(\w+)\./g)].map((match) => match[1]!));
  groups.delete("page");
  // Type-only imports bring no code to the browser.
  const imports = [
    ...source.matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gm),
    ...source.matchAll(/import\("([^"]+)"\)/g),
  ];
  for (const [, spec] of imports) {
    const next = resolve(file, spec!);
    if (next) for (const group of groupsRead(next, seen)) groups.add(group);
  }
  return groups;
}

/** The groups of `componentStrings.<Name>` (src/i18n/build/index.ts), which MDX components pass. */
const componentStrings = new Map(
  [
    ...read(join(root, "src/i18n/build/index.ts"))
      .split("export const componentStrings = {")[1]!
      .split("}")[0]!
      .matchAll(/(\w+): \[([^\]]*)\]/g),
  ].map(([, name, groups]) => [name!, groups!]),
);

const pages = walk(join(root, "src")).filter((file) => file.endsWith(".astro"));
const uses = pages.flatMap((page) => {
  const source = read(page);
  const imports = new Map(
    [...source.matchAll(/import (\w+)[^;\n]* from "([^"]+)"/g)].map(([, name, spec]) => [
      name!,
      resolve(page, spec!),
    ]),
  );
  return [
    ...source.matchAll(/<(\w+)\s(?:[^>]|\n)*?\sstrings=\{[^[(]*\(?(?:[^[]*?\[)?([^\]})]*)/g),
  ].map(({ 0: found, 1: component, 2: given, index }) => {
    const prop = source.slice(index + found.lastIndexOf("strings={")).split("}")[0]!;
    const named = /componentStrings\.(\w+)/.exec(prop)?.[1];
    const groups = named ? (componentStrings.get(named) ?? "") : given!;
    return {
      where: `${relative(root, page)} <${component}>`,
      file: imports.get(component!),
      given: new Set([...groups.matchAll(/"(\w+)"/g)].map((match) => match[1]!)),
    };
  });
});

describe("the strings each island is given", () => {
  it("finds the islands that take strings", () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it("include every group its code reads", () => {
    const missing = uses.flatMap(({ where, file, given }) => {
      if (!file) return [`${where}: component not found`];
      const absent = [...groupsRead(file)].filter((group) => !given.has(group));
      return absent.length > 0 ? [`${where}: ${absent.join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it("include every group a module page's quiz reads (Quiz.astro renders it from them)", () => {
    // Its strings are not a prop: the page's block and the fetched quiz strings in the browser.
    const given = componentStrings.get("Quiz") ?? "";
    expect(read(join(root, "src/components/Quiz.astro"))).toContain(
      "islandStrings(lang, componentStrings.Quiz)",
    );
    const absent = [...groupsRead(join(root, "src/islands/Quiz.tsx"))].filter(
      (group) => !given.includes(`"${group}"`),
    );
    expect(absent).toEqual([]);
  });
});
