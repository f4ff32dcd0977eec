/**
 * What working offline costs, and whether the course installs like an app: measured the same
 * way by `npm run bench` and by the offline tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What a first visit to `url` downloads in the background so that the whole course works
 * offline: everything the service worker fetches until its precache is complete. Raw bytes, and
 * gzip as a server that compresses would send them (Pagefind's files are compressed already).
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 */
export async function measurePrecache(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  /** @type {Promise<Buffer | undefined>[]} */
  const bodies = [];
  context.on("requestfinished", (request) => {
    if (request.serviceWorker()) {
      bodies.push(request.response().then((response) => response?.body().catch(() => undefined)));
    }
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const files = (await Promise.all(bodies)).filter((body) => body !== undefined);
    return {
      files: files.length,
      raw: files.reduce((sum, body) => sum + body.length, 0),
      gzip: files.reduce((sum, body) => sum + Math.min(body.length, gzipSync(body).length), 0),
    };
  } finally {
    await context.close();
  }
}

/**
 * Chromium's own verdict on installing `url` as an app: the list of reasons it would not offer
 * to, empty when it would. Lighthouse's installability audit read the same list until
 * Lighthouse 12 retired it. Chromium never offers to install from an incognito profile, which
 * a plain browser context is, so this asks a context with a profile of its own.
 * @param {import("playwright-core").BrowserType} chromium
 * @param {import("playwright-core").LaunchOptions} launchOptions
 * @param {string} url
 */
export async function installability(chromium, launchOptions, url) {
  const profile = mkdtempSync(join(tmpdir(), "cx-install-"));
  const context = await chromium.launchPersistentContext(profile, launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send("Page.getInstallabilityErrors");
    return installabilityErrors.map(
      (error) =>
        `${error.errorId}${error.errorArguments.map((arg) => ` ${arg.name}=${arg.value}`).join("")}`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
