import { existsSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { loadAndSettle, measurePage, recordAssets } from "../../bench/page-assets.mjs";
import { budgets, whereBytesGo, type Measured, type Summary } from "./budgets";
import { builtPages, isModulePage, outDir, useAsLearner } from "./helpers";
import { loadedBeforeNeeded, policyViolations } from "./page-code";

/*
 * Every page built, and a wrong address, opened and then used on a 320 px screen. One visit a
 * page serves every check that concerns every page, and one test a page means that on a busy
 * machine each waits a little, rather than one test for them all. A module page opens on a
 * phone's screen instead (bench/budgets.json's), is weighed against its budgets as it opens and
 * once read to the end, and is then used at 320 px: the width a learner zooming in reaches.
 */
// A module page is weighed, then used: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });
const narrow = { width: 320, height: 800 };
test.use({ viewport: narrow });

// Read when the tests are listed; a site not built yet has none, and the first test says so.
const built = existsSync(outDir) ? builtPages() : [];
const pages = built.length > 0 ? [...built, "/no-such-page/"] : [];
const modules = new Set(built.filter(isModulePage));
const maps = built.filter((path) => /^(\/[a-z]{2})?\/$/.test(path));

test("the site has pages to visit, and module pages to weigh in every language", () => {
  expect(pages.length).toBeGreaterThan(2);
  expect(maps).toContain("/");
  for (const map of maps) {
    expect([...modules].filter((path) => path.startsWith(`${map}modules/`))).not.toEqual([]);
  }
});

/** The script files a page loaded, as URLs. */
const scriptsIn = (summary: Summary, page: Page) =>
  summary.files
    .filter((file) => file.kind === "js")
    .map((file) => new URL(file.url, page.url()).href);

/** A module page's weight against its budgets, as opened and as read to the end. */
function expectWithinBudgets(url: string, measured: Measured) {
  const js = budgets.jsGzipBytes;
  const whole = budgets.pageGzipBytes;
  expect(measured.opened.js.gzip, whereBytesGo(url, measured.opened)).toBeLessThanOrEqual(
    js.opened.module,
  );
  expect(measured.js.gzip, whereBytesGo(url, measured)).toBeLessThanOrEqual(js.readToTheEnd.module);
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
}

for (const path of pages) {
  const weighed = modules.has(path);
  test(`${path}: ${weighed ? "within its budgets, " : ""}no code before it is needed, nothing from elsewhere, a strict security policy, and no sideways scrolling`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) {
        elsewhere.push(request.url());
      }
    });
    const violations = await policyViolations(page);

    // Opened: only the code an island on the first screen or a plain script on the page needs.
    if (weighed) {
      await page.setViewportSize(budgets.screen);
      const measured = await measurePage(page, path, {
        whenOpened: async (opened) =>
          expect(await loadedBeforeNeeded(page, path, scriptsIn(opened, page))).toEqual([]),
      });
      expect(measured, `${path} loads`).toBeDefined();
      expectWithinBudgets(path, measured!);
      await page.setViewportSize(narrow);
    } else {
      const recorder = recordAssets(page);
      await loadAndSettle(page, path, recorder);
      const loaded = (await recorder.stop())
        .filter((asset) => asset.kind === "js")
        .map((asset) => asset.url);
      expect(await loadedBeforeNeeded(page, path, loaded)).toEqual([]);
    }

    // Used: scrolled through, every island reached for and hydrated.
    await useAsLearner(page);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
    // Reflow (WCAG 1.4.10): nothing, islands and quizzes included, makes the page scroll sideways.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(narrow.width);
  });
}
