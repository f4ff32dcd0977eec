import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import en from "../../src/i18n/en";
import fr from "../../src/i18n/fr";
import { builtPages, outDir } from "./helpers";

/*
 * Every built French page, read as a French reader reads it: its text (code, scripts and styles
 * left out, and any passage marked as another language) and the labels a screen reader speaks.
 * French typography puts a non-breaking space before : ; ! ? » and after «, counts agree with
 * their noun rather than writing "(s)", and no English interface word is left over. Generic on
 * purpose: a French page added later is read the same way.
 */

const skipped = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "TEMPLATE", "NOSCRIPT"]);
const spoken = ["aria-label", "title", "alt", "placeholder"];
const blocks =
  /^(P|LI|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|NAV|ASIDE|H[1-6]|TD|TH|TR|TABLE|UL|OL|DL|DT|DD|FIGURE|FIGCAPTION|BLOCKQUOTE|FORM|FIELDSET|LEGEND|LABEL|BUTTON|OPTION|SUMMARY|DETAILS|BR)$/;

type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute?: (name: string) => string | null;
};

/** The page's French text, block by block, and its French spoken labels. */
function frenchText(html: string): string[] {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, "text/html");
  const runs: string[] = [];
  let run = "";
  const end = () => {
    if (run.trim()) runs.push(run.replace(/[ \t\n\r]+/g, " ").trim());
    run = "";
  };
  const walk = (node: Node, lang: string) => {
    if (node.nodeType === 3) {
      run += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 || skipped.has(node.nodeName)) return;
    const own = node.getAttribute?.("lang") || lang;
    if (!own.startsWith("fr")) return;
    const block = blocks.test(node.nodeName);
    if (block) end();
    for (const name of spoken) {
      const value = node.getAttribute?.(name);
      if (value?.trim()) runs.push(value.trim());
    }
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (block) end();
  };
  const root = document.documentElement as unknown as Node;
  walk(root, root.getAttribute?.("lang") ?? "");
  end();
  const description = document.querySelector('meta[name="description"]')?.getAttribute("content");
  if (description) runs.push(description);
  window.close();
  return runs;
}

/**
 * Single words an English title quoted in the prose may hold ("Empathy: The Human Connection…"),
 * or that French writes the same: left out of the single words, kept in the phrases.
 */
const sharedWords = new Set([
  "The",
  "You",
  "All",
  "From",
  "Track",
  "Box",
  "Right",
  "True",
  "Kudos",
]);

/** The words the site shows in English where French says something else, as whole phrases. */
function englishWords(): string[] {
  const parts = (value: unknown): string[] =>
    typeof value === "string"
      ? value.split(/\{\w+\}|[.:;!?,()“”"«»]/).map((part) => part.trim())
      : typeof value === "object" && value !== null
        ? Object.values(value).flatMap(parts)
        : [];
  const french = new Set(parts(fr));
  const { meta: _name, ...shown } = en;
  const english = parts({ ...shown, layout: { ...shown.layout, switchToLong: "" } }).filter(
    // Words, not symbols or numbers; what French also says ("Module", "Code") is not English.
    (part) =>
      /^[A-Z][a-z]+(?: [A-Za-z’']+)*$/.test(part) &&
      !french.has(part) &&
      (part.includes(" ") || !sharedWords.has(part)),
  );
  return [...new Set(english)];
}

const frenchPages = () => builtPages().filter((path) => path.startsWith("/fr/"));
const read = (path: string) =>
  readFileSync(join(outDir, path.endsWith("/") ? `${path}index.html` : path), "utf8");

/** `pattern`'s matches in every French page, with a little text around each, by page. */
function findAll(pattern: RegExp): string[] {
  return frenchPages().flatMap((path) =>
    frenchText(read(path)).flatMap((text) =>
      [...text.matchAll(pattern)].map(
        (match) => `${path}: “…${text.slice(Math.max(0, match.index - 30), match.index + 12)}…”`,
      ),
    ),
  );
}

test("the French pages are there to read", () => {
  expect(frenchPages().length).toBeGreaterThan(20);
  const home = frenchText(read("/fr/")).join("\n");
  expect(home).toContain(fr.mapPage.heading);
  // What is skipped is skipped: no script or style text is read as French.
  expect(home).not.toMatch(/function|var\(--/);
});

test("no ordinary space before : ; ! ? » or after « on a French page", () => {
  expect(findAll(/[ \t][:;!?»]|«[ \t]/g)).toEqual([]);
});

test("no French page writes a plural as (s)", () => {
  expect(findAll(/\p{L}\((?:e|s|es|x)\)/gu)).toEqual([]);
});

test("no English interface word on a French page", () => {
  const words = englishWords();
  // The list is the English interface, not a handful: a wrong split would make it empty.
  expect(words).toEqual(expect.arrayContaining(["My progress", "Glossary", "Review", "Cancel"]));
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${escaped.join("|")})(?![\\p{L}-])`, "gu");
  expect(findAll(pattern)).toEqual([]);
});
