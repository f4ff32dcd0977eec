import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fr from "../../../src/i18n/fr";

/*
 * French typography where it is written, so that words a page shows only after a click (quiz
 * feedback, notices, import previews) are held to the rule the built-page test
 * (test/e2e/french-text.spec.ts) checks on what a page shows at once: a non-breaking space
 * before : ; ! ? » and after «, never an ordinary one; no "(s)" for a plural; curly apostrophes.
 * The house convention (docs/languages.md, "French house style"): U+00A0 before : and inside « », U+202F before ; ! ?.
 */

const root = fileURLToPath(new URL("../../../", import.meta.url));
const spacing = /[ \t][:;!?»]|«[ \t]/;
const parenthesisedPlural = /\p{L}\((?:e|s|es|x)\)/u;

/** Every string of `value`, with the key that holds it. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, each]) =>
    strings(each, path ? `${path}.${key}` : key),
  );
}

/** Every file under `dir`. */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

describe("French typography in the sources", () => {
  it("src/i18n/fr.ts: non-breaking spaces, real plurals and curly apostrophes", () => {
    const all = strings(fr);
    expect(all.length).toBeGreaterThan(400);
    const wrong = all
      .filter(
        ([, text]) => spacing.test(text) || parenthesisedPlural.test(text) || text.includes("'"),
      )
      .map(([key, text]) => `${key}: ${JSON.stringify(text)}`);
    expect(wrong).toEqual([]);
  });

  it("content/fr: non-breaking spaces and real plurals on every line", () => {
    const dir = join(root, "content/fr");
    const wrong = files(dir).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          spacing.test(line) || parenthesisedPlural.test(line)
            ? [`${relative(root, file)}:${index + 1}: ${line.trim().slice(0, 80)}`]
            : [],
        ),
    );
    expect(wrong).toEqual([]);
  });

  it("the checks catch what they look for", () => {
    expect(spacing.test("Êtes-vous prêt ?")).toBe(true);
    expect(spacing.test("« Bonjour »")).toBe(true);
    expect(spacing.test("Bonjour\u202f! «\u00a0Oui\u00a0»\u00a0:")).toBe(false);
    expect(parenthesisedPlural.test("modifié(s)")).toBe(true);
  });
});
