import { expect, test } from "@playwright/test";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtPages, languages, outDir } from "./helpers";

/** The file a site path is served from, or undefined when nothing is there. */
function fileFor(path: string): string | undefined {
  const candidates = path.endsWith("/")
    ? [join(outDir, path, "index.html")]
    : [join(outDir, path), join(outDir, `${path}.html`), join(outDir, path, "index.html")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const attributeLinks = /\s(?:href|src)="([^"]*)"/g;
const ids = /\sid="([^"]+)"/g;

test("every internal link and anchor in the built site resolves", () => {
  const pages = builtPages();
  expect(pages).toContain("/");
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(fileFor(page)!, "utf8");
    for (const [, raw] of html.matchAll(attributeLinks)) {
      const link = raw!.replaceAll("&amp;", "&");
      if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue; // other schemes are checked elsewhere
      const url = new URL(link, `http://site${page}`);
      const path = decodeURIComponent(url.pathname);
      const target = fileFor(path);
      if (!target) {
        broken.push(`${page}: ${raw} (no file for ${path})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html")) {
        const targetIds = new Set([...readFileSync(target, "utf8").matchAll(ids)].map((m) => m[1]));
        if (!targetIds.has(anchor)) broken.push(`${page}: ${raw} (no id "${anchor}" on ${path})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

/** Markup a reader never sees as words: code, styles and drawings. */
const unread = /<(script|style|svg|template)\b[\s\S]*?<\/\1>/g;
const inline = "a|strong|em|b|i|code|kbd|abbr|time|mark";
/** A letter against a link or an emphasis, with nothing between: "learning map</a>or the". */
const glued = new RegExp(`\\p{L}<(?:${inline})\\b[^>]*>|</(?:${inline})>\\p{L}`, "gu");

test("no word runs into a link or an emphasis on any page, in any language", () => {
  // Astro drops a line break between a tag and an expression as it compresses a page, so words
  // written on the next line lose their space.
  const runTogether: string[] = [];
  for (const page of builtPages()) {
    const text = readFileSync(fileFor(page)!, "utf8").replace(unread, "");
    for (const match of text.matchAll(glued)) {
      const at = match.index!;
      runTogether.push(`${page}: …${text.slice(Math.max(0, at - 30), at + 30)}…`);
    }
  }
  expect(runTogether).toEqual([]);
});

test("every file the built scripts name, such as a chunk a dynamic import preloads, exists", () => {
  const scriptsDir = join(outDir, "_astro");
  const missing: string[] = [];
  for (const name of readdirSync(scriptsDir).filter((file) => file.endsWith(".js"))) {
    const code = readFileSync(join(scriptsDir, name), "utf8");
    // Vite's preload lists name files from the site root; imports name them beside the script.
    for (const [, named] of code.matchAll(/["'`](_astro\/[\w.-]+\.(?:js|css))["'`]/g)) {
      if (!existsSync(join(outDir, named!))) missing.push(`${name} names ${named}`);
    }
    for (const [, named] of code.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) {
      if (!existsSync(join(scriptsDir, named!))) missing.push(`${name} names ./${named}`);
    }
  }
  expect(missing).toEqual([]);
});

test("no page links or loads anything from another origin", () => {
  const offsite: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(fileFor(page)!, "utf8");
    for (const [, link] of html.matchAll(/\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)) {
      // Links a learner follows by choice are fine; what the page loads by itself is not.
      const tag = html.slice(html.lastIndexOf("<", html.indexOf(link!)), html.indexOf(link!));
      if (!/^<a\s/.test(tag)) offsite.push(`${page}: ${link}`);
    }
  }
  expect(offsite).toEqual([]);
});

test("an unknown address shows the friendly not-found page with a way back", async ({ page }) => {
  const response = await page.goto("/modules/no-such-module/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "Go to the learning map" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a missing French address, answered with the site's one not-found page, also offers the way back in French", async ({
  page,
}) => {
  // Most static hosts, and Astro's preview, answer every missing address with /404.html.
  const fr = languages.fr.ui.notFound;
  const response = await page.goto("/fr/modules/module-inconnu/");
  expect(response?.status()).toBe(404);
  const french = page.getByRole("region", { name: fr.heading });
  await expect(french).toHaveAttribute("lang", "fr");
  await french.getByRole("link", { name: fr.goToMap }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
