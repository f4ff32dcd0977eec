import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  loadAndSettle,
  measurePage,
  readToTheEnd,
  recordAssets,
} from "../../bench/page-assets.mjs";
import { builtPages, languages, modulePages, outDir } from "./helpers";
import { fill } from "../../src/i18n/format";
import { islandsOf, isPreact, needsCodeNow } from "./page-code";
import { budgets, whereBytesGo, type Measured, type Summary } from "./budgets";

/*
 * Budgets for what learners on old phones and slow networks download. The numbers live in
 * bench/budgets.json, shared with `npm run bench`; timings are the bench's job, not this test's.
 * Each module page is weighed by test/e2e/every-page.spec.ts, on the visit that makes its other
 * checks.
 */

// These tests visit every page of the site, some more than once: more than the default 30 s.
test.describe.configure({ timeout: 180_000 });

/** A small screen: below it, islands have not been seen yet. */
const smallScreen = { width: 800, height: 400 };

/** Run `visit` on a page in a fresh browser context, so nothing comes from an earlier cache. */
async function inFreshPage<T>(
  browser: Browser,
  visit: (page: Page) => Promise<T>,
  viewport = smallScreen,
): Promise<T> {
  // The offline worker blocked, as in every test: what is measured is what the page asks for.
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  try {
    return await visit(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Links on a page to other pages of the site, as paths. */
async function linkedPaths(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [
    ...new Set(
      hrefs
        .map((href) => new URL(href))
        .filter((url) => url.origin === origin && !url.pathname.startsWith("/pagefind/"))
        .map((url) => url.pathname),
    ),
  ];
}

/** The map in each language: English at the root, and the French map when the site has one. */
const maps = existsSync(join(outDir, "fr", "index.html")) ? ["/", "/fr/"] : ["/"];

/** Every module page the maps link to, in every language. */
async function moduleUrls(browser: Browser): Promise<string[]> {
  const paths = (
    await Promise.all(maps.map((map) => inFreshPage(browser, (page) => linkedPaths(page, map))))
  ).flat();
  return [...new Set(paths.filter((path) => /^(\/[a-z]{2})?\/modules\//.test(path)))];
}

/** Each page's files and their gzip sizes, for a failure message that says where bytes go. */
function describeFiles(files: { url: string; kind: string; gzip: number }[]): string {
  return files
    .filter((file) => file.kind === "js")
    .map((file) => `  ${file.url}: ${file.gzip} B gzip`)
    .join("\n");
}

/** Weigh a page as a learner on a phone opens it, then reads it to the end. */
async function measureOnPhone(browser: Browser, url: string): Promise<Measured> {
  const measured = await inFreshPage(browser, (page) => measurePage(page, url), budgets.screen);
  expect(measured, `${url} loads`).toBeDefined();
  return measured!;
}

/** Pages over `budget`, and the files of the heaviest, for a message that says where bytes go. */
function overBudget(pages: { url: string; summary: Summary }[], budget: number, what: string) {
  const over = pages
    .filter((page) => page.summary.js.gzip > budget)
    .sort((a, b) => b.summary.js.gzip - a.summary.js.gzip);
  const heaviest = over[0];
  return {
    pages: over.map((page) => `${page.url}: ${page.summary.js.gzip} B`),
    message:
      heaviest &&
      `${what} over ${budget} B gzip; the heaviest, ${heaviest.url} (inline: ${heaviest.summary.inline.scripts.gzip} B):\n${describeFiles(heaviest.summary.files)}`,
  };
}

test("the map page weighs no more than its budgets, in every language", async ({ browser }) => {
  const { opened, readToTheEnd } = budgets.jsGzipBytes;
  for (const url of maps) {
    const measured = await measureOnPhone(browser, url);
    const asOpened = overBudget([{ url, summary: measured.opened }], opened.map, "opened");
    expect(asOpened.pages, asOpened.message).toEqual([]);
    const asRead = overBudget([{ url, summary: measured }], readToTheEnd.map, "read");
    expect(asRead.pages, asRead.message).toEqual([]);
    const whole = budgets.pageGzipBytes;
    expect(measured.opened.page.gzip, whereBytesGo(url, measured.opened)).toBeLessThanOrEqual(
      whole.opened.map,
    );
    expect(measured.page.gzip, whereBytesGo(url, measured)).toBeLessThanOrEqual(
      whole.readToTheEnd.map,
    );
  }
});

/** My progress in every language the site is built in. */
const progressPages = existsSync(outDir)
  ? builtPages().filter((path) => /^(\/[a-z]{2})?\/progress\/$/.test(path))
  : [];

test("the site has a My progress page to weigh, in every language", () => {
  for (const map of maps) {
    expect(progressPages).toContain(`${map}progress/`);
  }
});

// One test per language: My progress's JavaScript (its islands, the share summary below them).
for (const url of progressPages) {
  test(`My progress ${url} loads no more JavaScript than its budgets`, async ({ browser }) => {
    const measured = await measureOnPhone(browser, url);
    const js = budgets.jsGzipBytes;
    expect(measured.opened.js.gzip, whereBytesGo(url, measured.opened)).toBeLessThanOrEqual(
      js.opened.progress,
    );
    expect(measured.js.gzip, whereBytesGo(url, measured)).toBeLessThanOrEqual(
      js.readToTheEnd.progress,
    );
    // The share summary waits below the first screen: reading on must load it, or "read to the
    // end" weighed only what opening did.
    expect(measured.opened.js.gzip).toBeLessThan(measured.js.gzip);
  });
}

test("a page opens without Preact unless an island on its first screen needs it", async ({
  browser,
}) => {
  // The glossary has no island; a module page's quiz and module end wait below its first screen.
  const pages = [...maps.map((map) => `${map}glossary/`), ...modulePages().slice(0, 2)];
  for (const path of pages) {
    const loaded = await inFreshPage(browser, async (page) => {
      const recorder = recordAssets(page);
      await loadAndSettle(page, path, recorder);
      return (await recorder.stop()).map((asset) => asset.url);
    });
    expect(loaded.filter(isPreact), path).toEqual([]);
  }
});

/** Component files of islands that wait for the learner to reach for them (client:reach). */
async function waitingIslandCode(page: Page): Promise<string[]> {
  const islands = await islandsOf(page);
  const neededNow = new Set(islands.filter(needsCodeNow).map((island) => island.componentUrl));
  return [
    ...new Set(
      islands
        .filter((island) => island.client === "reach")
        .map((island) => new URL(island.componentUrl, page.url()).pathname)
        .filter((file) => !neededNow.has(file)),
    ),
  ];
}

/** A quiz's first question, as its group is named in any language: "Question 1 of 6 …". */
const firstQuestion = new RegExp(
  `^(${Object.values(languages)
    .map(({ ui }) => fill(ui.quiz.questionOf, { number: 1, total: "\\d+" }))
    .join("|")})`,
);

/** What a module page loads as opened, read to the end, and once the learner reaches a quiz. */
async function reachForQuiz(page: Page, url: string) {
  const recorder = recordAssets(page);
  await loadAndSettle(page, url, recorder);
  const waiting = await waitingIslandCode(page);
  await readToTheEnd(page);
  await recorder.settled();
  const read = (await recorder.stop()).map((asset) => new URL(asset.url).pathname);
  const reaching = recordAssets(page);
  // A quiz: the region named by its title that holds its questions.
  const quiz = page
    .getByRole("region")
    .filter({ has: page.getByRole("group", { name: firstQuestion }) })
    .first();
  const found = (await quiz.count()) > 0;
  if (found) {
    await quiz.scrollIntoViewIfNeeded();
    await quiz.hover({ position: { x: 4, y: 4 } });
    await page.locator("astro-island:not([ssr])", { has: quiz }).waitFor();
    await reaching.settled();
  }
  const reached = (await reaching.stop()).map((asset) => new URL(asset.url).pathname);
  return { url, found, waiting, read, reached };
}

test("a module page loads its quiz's code only once the learner reaches for the quiz", async ({
  browser,
}) => {
  let found: Awaited<ReturnType<typeof reachForQuiz>> | undefined;
  for (const url of await moduleUrls(browser)) {
    found = await inFreshPage(browser, (page) => reachForQuiz(page, url));
    if (found.found) break;
  }
  expect(found?.found, "a module page has a quiz").toBe(true);
  const { waiting, read, reached } = found!;
  expect(waiting.length).toBeGreaterThan(0);
  // Read to the end, no island's code, and no Preact: the learner only read.
  expect(read.filter((file) => waiting.includes(file))).toEqual([]);
  expect(read.filter((file) => isPreact(`http://site${file}`))).toEqual([]);
  // The pointer over the quiz: its code, and Preact with it.
  expect(reached.filter((file) => waiting.includes(file))).not.toEqual([]);
  expect(reached.filter((file) => isPreact(`http://site${file}`))).not.toEqual([]);
});
