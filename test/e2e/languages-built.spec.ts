import { expect, test } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import en from "../../src/i18n/en";
import fr from "../../src/i18n/fr";
import { builtPages, outDir } from "./helpers";

/*
 * The built site, read as files: every page in both languages, each saying which language it is
 * in, and no English UI string left on a French page.
 */

const html = (path: string) =>
  readFileSync(join(outDir, path.endsWith("/") ? `${path}index.html` : path), "utf8");
const french = (path: string) => path.startsWith("/fr/");
// The English 404 is /404.html; the French one /fr/404/.
const twinOf = (path: string) =>
  path === "/404.html"
    ? "/fr/404/"
    : path === "/fr/404/"
      ? "/404.html"
      : french(path)
        ? path.slice(3)
        : `/fr${path}`;
const exists = (path: string) =>
  existsSync(join(outDir, path.endsWith("/") ? `${path}index.html` : path));

test("every English page has its French twin, and every French page its English one", () => {
  const pages = builtPages();
  expect(pages.filter(french).length).toBeGreaterThan(20);
  expect(pages.filter((path) => !exists(twinOf(path)))).toEqual([]);
});

test("every page says its language in <html lang>", () => {
  const wrong = builtPages().flatMap((path) => {
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html(path))?.[1];
    return lang === (french(path) ? "fr" : "en") ? [] : [`${path}: lang="${lang}"`];
  });
  expect(wrong).toEqual([]);
});

test("every page links to its twin in the other language", () => {
  const missing = builtPages().filter((path) => !html(path).includes(`href="${twinOf(path)}"`));
  expect(missing).toEqual([]);
});

/** Every English UI string that French says differently, as the words a page would show. */
function englishOnly(source: unknown, translated: unknown): string[] {
  if (typeof source === "string") {
    // The longest run of words between {placeholders}: what appears on the page as written.
    const longest = source
      .split(/\{\w+\}/)
      .map((part) => part.trim())
      .sort((a, b) => b.length - a.length)[0]!;
    return source !== translated && longest.length >= 12 ? [longest] : [];
  }
  if (typeof source !== "object" || source === null) return [];
  return Object.entries(source).flatMap(([key, value]) =>
    englishOnly(value, (translated as Record<string, unknown>)?.[key]),
  );
}

const decode = (text: string) =>
  text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&apos;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

test("no English UI string appears on a French page, nor in the strings its islands are given", () => {
  const { meta, layout, ...rest } = en;
  const phrases = englishOnly({ ...rest, layout: { ...layout, switchToLong: "" } }, fr);
  expect(phrases.length).toBeGreaterThan(200);
  const found = builtPages()
    .filter(french)
    .flatMap((path) => {
      const page = decode(html(path));
      return phrases
        .filter((phrase) => page.includes(phrase))
        .map((phrase) => `${path}: “${phrase}”`);
    });
  expect(found).toEqual([]);
  expect(meta.name).toBe("English");
});
