import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { loadAndSettle, recordAssets } from "../../bench/page-assets.mjs";
import { builtPages, outDir, useAsLearner } from "./helpers";
import { loadedBeforeNeeded, policyViolations } from "./page-code";

/*
 * Every page built, and a wrong address, opened and then used on a 320 px screen. One visit a
 * page serves every check that concerns every page, and one test a page means that on a busy
 * machine each waits a little, rather than one test for them all.
 */
test.use({ viewport: { width: 320, height: 800 } });

// Read when the tests are listed; a site not built yet has none, and the first test says so.
const pages = existsSync(outDir) ? [...builtPages(), "/no-such-page/"] : [];

test("the site has pages to visit", () => {
  expect(pages.length).toBeGreaterThan(2);
});

for (const path of pages) {
  test(`${path}: no code before it is needed, nothing from elsewhere, a strict security policy, and no sideways scrolling`, async ({
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
    const recorder = recordAssets(page);
    await loadAndSettle(page, path, recorder);
    const loaded = (await recorder.stop())
      .filter((asset) => asset.kind === "js")
      .map((asset) => asset.url);
    expect(await loadedBeforeNeeded(page, path, loaded)).toEqual([]);

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
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(320);
  });
}
