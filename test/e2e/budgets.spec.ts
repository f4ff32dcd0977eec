import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  loadAndSettle,
  measurePage,
  readToTheEnd,
  recordAssets,
} from "../../bench/page-assets.mjs";
import { builtPages, outDir } from "./helpers";

/*
 * Budgets for what learners on old phones and slow networks download. The numbers live in
 * bench/budgets.json, shared with `npm run bench`; timings are the bench's job, not this test's.
 */

type PageType = "map" | "module";
const budgets = JSON.parse(readFileSync("bench/budgets.json", "utf8")) as {
  screen: { width: number; height: number };
  jsGzipBytes: Record<"opened" | "readToTheEnd", Record<PageType | "progress", number>>;
  pageGzipBytes: Record<"opened" | "readToTheEnd", Record<PageType, number>>;
};

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

type Measured = NonNullable<Awaited<ReturnType<typeof measurePage>>>;
type Summary = Measured["opened"];

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

/** Every module page built, in every language: not only those a map links to. */
const modulePages = existsSync(outDir)
  ? builtPages().filter((path) => /^(\/[a-z]{2})?\/modules\/[^/]+\/$/.test(path))
  : [];

test("the site has module pages to weigh, in every language", () => {
  for (const map of maps) {
    const prefix = map.slice(0, -1);
    expect(modulePages.filter((path) => path.startsWith(`${prefix}/modules/`))).not.toEqual([]);
  }
});

/** The files of a page and their gzip sizes, for a failure message that says where bytes go. */
function whereBytesGo(url: string, summary: Summary): string {
  return [
    `${url}: HTML ${summary.html.gzip} B gzip (inline scripts ${summary.inline.scripts.gzip} B, inline styles ${summary.inline.styles.gzip} B)`,
    ...summary.files
      .filter((file) => file.kind !== "other")
      .map((file) => `  ${file.url}: ${file.gzip} B gzip`),
  ].join("\n");
}

// One test per module page: a page over budget is named by the test that fails.
for (const url of modulePages) {
  test(`the module page ${url} weighs no more than its budgets`, async ({ browser }) => {
    const measured = await measureOnPhone(browser, url);
    const js = budgets.jsGzipBytes;
    const whole = budgets.pageGzipBytes;
    expect(measured.opened.js.gzip, whereBytesGo(url, measured.opened)).toBeLessThanOrEqual(
      js.opened.module,
    );
    expect(measured.js.gzip, whereBytesGo(url, measured)).toBeLessThanOrEqual(
      js.readToTheEnd.module,
    );
    expect(measured.opened.page.gzip, whereBytesGo(url, measured.opened)).toBeLessThanOrEqual(
      whole.opened.module,
    );
    expect(measured.page.gzip, whereBytesGo(url, measured)).toBeLessThanOrEqual(
      whole.readToTheEnd.module,
    );
    // Reading on loads nothing more: every island waits for the learner to reach for it.
    const code = (summary: Summary) =>
      summary.files.filter((file) => file.kind !== "other").map((file) => file.url);
    expect(code(measured)).toEqual(code(measured.opened));
  });
}

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

interface IslandOnLoad {
  client: string;
  componentUrl: string;
  rendererUrl: string;
  onScreen: boolean;
}

/** The page's islands, and whether each shows on the first screen. */
function islandsOf(page: Page): Promise<IslandOnLoad[]> {
  return page.locator("astro-island").evaluateAll((islands) =>
    islands.map((island) => {
      // Islands are display: contents; client:visible watches their children.
      const boxes = [...island.children].map((child) => child.getBoundingClientRect());
      if (boxes.length === 0) boxes.push(island.getBoundingClientRect());
      return {
        client: island.getAttribute("client") ?? "",
        componentUrl: island.getAttribute("component-url") ?? "",
        rendererUrl: island.getAttribute("renderer-url") ?? "",
        onScreen: boxes.some(
          (box) =>
            box.bottom >= 0 &&
            box.top <= window.innerHeight &&
            box.right >= 0 &&
            box.left <= window.innerWidth,
        ),
      };
    }),
  );
}

/**
 * Islands allowed to hydrate before the learner does anything: at once, when idle, or in view.
 * A module page's (client:reach) wait for the learner to reach for them.
 */
const needsCodeNow = (island: IslandOnLoad) =>
  ["load", "only", "idle"].includes(island.client) ||
  (island.client === "visible" && island.onScreen);

/** The files a set of entry scripts import, directly or not, as paths. */
async function importClosure(page: Page, entries: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => new URL(entry, page.url()));
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const code = await (await page.request.get(url.href)).text();
    // Any file name in quotes: static and dynamic imports, workers, and Vite's preload lists,
    // which name files from the site root. Generous, so only code nothing refers to is caught.
    for (const [, specifier] of code.matchAll(/["'`]([\w./-]+\.m?js)["'`]/g)) {
      queue.push(new URL(specifier!, url), new URL(specifier!, new URL("/", url)));
    }
  }
  return seen;
}

/**
 * The plain scripts a page may run as it opens, by the component that writes them, each with
 * the markup it works on: a page may load one only where that markup is. Any other script is
 * a stray, and so is one of these on a page without its markup.
 */
const plainScripts: Record<string, string> = {
  // Every page's (src/islands/page.ts): the search button, which loads search on first use; the
  // notices area, which registers the offline worker; the save status.
  Base: "[aria-live].progress-notices",
  // A module's step in the track and its status; it records the visit.
  ModuleStatus: "[data-module-status]",
};

/** Preact's file (its group in astro.config.mjs) and Astro's Preact client. */
const isPreact = (url: string) => /\/(preact|client)\.[\w-]+\.js$/.test(new URL(url).pathname);

/** The page's <script src> elements, and which are plain scripts allowed on it. */
function scriptsOf(page: Page) {
  return page.locator("script[src]").evaluateAll(
    (scripts, known) =>
      scripts.map((script) => {
        const src = (script as HTMLScriptElement).src;
        // Astro names a component's script file after it: Base.astro_astro_type_script…
        const component = /\/(\w+)\.astro_astro_type_script/.exec(src)?.[1] ?? "";
        const markup = known[component];
        return { src, allowed: markup !== undefined && document.querySelector(markup) !== null };
      }),
    plainScripts,
  );
}

/** What a page loads when it opens that no island or plain script on its first screen needs. */
function loadedBeforeNeeded(browser: Browser, path: string): Promise<string[]> {
  return inFreshPage(browser, async (page) => {
    const recorder = recordAssets(page);
    await loadAndSettle(page, path, recorder);
    const loaded = (await recorder.stop()).filter((asset) => asset.kind === "js");
    const islands = await islandsOf(page);
    const scripts = await scriptsOf(page);
    const strays = scripts
      .filter((script) => !script.allowed)
      .map((script) => `${path} has a stray script ${new URL(script.src).pathname}`);
    if (islands.length === 0) {
      // No island: no inline script either (Astro's islands' own code comes only with them).
      const inline = await page
        .locator(
          "script:not([src]):not([type]), script:not([src])[type=module], script:not([src])[type='text/javascript']",
        )
        .count();
      if (inline > 0) strays.push(`${path} has no island but has ${inline} inline scripts`);
    }
    const needed = islands.filter(needsCodeNow);
    const allowed = await importClosure(page, [
      ...needed.flatMap((island) => [island.componentUrl, island.rendererUrl]),
      ...scripts.filter((script) => script.allowed).map((script) => script.src),
    ]);
    // Preact comes with the first island that needs it, never with a plain script.
    const preact = needed.length > 0 ? [] : loaded.filter((asset) => isPreact(asset.url));
    return [
      ...strays,
      ...preact.map((asset) => `${path} loads Preact (${asset.url}) though no island needs it`),
      ...loaded
        .map((asset) => new URL(asset.url).pathname)
        .filter((file) => !allowed.has(file))
        .map((file) => `${path} loads ${file} before any island or plain script needs it`),
    ];
  });
}

// One test a page (every page built, and a wrong address), so that a busy machine slows each a
// little rather than one test for them all.
const pagesToOpen = existsSync(outDir) ? [...builtPages(), "/no-such-page/"] : [];

test("the site has pages to open", () => {
  expect(pagesToOpen.length).toBeGreaterThan(1);
});

for (const path of pagesToOpen) {
  test(`${path} loads no JavaScript before an island or a plain script on it needs it`, async ({
    browser,
  }) => {
    expect(await loadedBeforeNeeded(browser, path)).toEqual([]);
  });
}

test("a page opens without Preact unless an island on its first screen needs it", async ({
  browser,
}) => {
  // The glossary has no island; a module page's quiz and module end wait below its first screen.
  const pages = [...maps.map((map) => `${map}glossary/`), ...modulePages.slice(0, 2)];
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

/** What a module page loads as opened, read to the end, and once the learner reaches a quiz. */
async function reachForQuiz(page: Page, url: string) {
  const recorder = recordAssets(page);
  await loadAndSettle(page, url, recorder);
  const waiting = await waitingIslandCode(page);
  await readToTheEnd(page);
  await recorder.settled();
  const read = (await recorder.stop()).map((asset) => new URL(asset.url).pathname);
  const reaching = recordAssets(page);
  const quiz = page.locator("section.quiz").first();
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
