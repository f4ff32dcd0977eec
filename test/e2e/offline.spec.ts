import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import {
  violationsLightAndDark,
  builtPages,
  completeModule,
  modulesOfTrack,
  outDir,
} from "./helpers";
import { installability } from "../../bench/offline.mjs";
import { chromiumLaunchOptions } from "./chromium";
import { cachedUrls, workerInCharge } from "./offline-helpers";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * The course with no network: a learner opens the map once online, then goes offline and keeps
 * learning. Service workers are blocked in the other tests (playwright.config.ts), not here.
 */

test.use({ serviceWorkers: "allow" });

/** A module's title and summary, as authored. */
function moduleFacts(id: string): { title: string; summary: string } {
  const source = readFileSync(`content/modules/${id}.mdx`, "utf8");
  return parse(source.split(/^---$/m)[1]!) as { title: string; summary: string };
}

const offlineNotice = (page: Page) => page.getByText("You are offline. The course still works");

test("after one visit online, the whole orientation track, search and My progress work offline", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // The worker and the manifest come under the pages' content security policy too.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/");
  await workerInCharge(page);
  await expect(offlineNotice(page)).toHaveCount(0);
  await context.setOffline(true);
  await expect(offlineNotice(page)).toContainText("You are offline");
  await expect(offlineNotice(page)).toContainText("progress is still saved on this device");

  const track = modulesOfTrack("orientation");
  for (const id of track) {
    await page.goto(`/modules/${id}/`);
    await expect(
      page.getByRole("heading", { level: 1, name: moduleFacts(id).title }),
    ).toBeVisible();
    await expect(offlineNotice(page)).toBeVisible();
  }

  // A quiz's code loads as the learner reaches it: from the worker, since there is no network.
  const [first, second] = track;
  await completeModule(page, first!);

  // Search: Pagefind's runtime and the index come from the worker too.
  const { title, summary } = moduleFacts(second!);
  const phrase = summary
    .split(/\s+/)
    .slice(0, 5)
    .join(" ")
    .replace(/[^\p{L}\p{N}\s'-]/gu, "");
  await page.getByRole("button", { name: "Search" }).click();
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("searchbox").fill(phrase);
  await dialog.getByRole("link", { name: title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/modules/${second}/`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goto("/progress/");
  const row = page
    .getByRole("region", { name: "Your modules" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: moduleFacts(first!).title, exact: true }) });
  await expect(row).toContainText("Completed");
  const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  expect(JSON.parse(stored!).modules[first!].status).toBe("completed");
  expect(refused).toEqual([]);
});

test("the worker precaches every page of the course, and nothing from another origin", async ({
  page,
}) => {
  await page.goto("/");
  await workerInCharge(page);
  const origin = new URL(page.url()).origin;
  const cached = await cachedUrls(page);
  const paths = cached.map((url) => new URL(url).pathname);
  const pages = builtPages(outDir).map((path) => (path.endsWith("/") ? `${path}index.html` : path));
  expect(pages.length).toBeGreaterThan(10);
  expect(paths).toEqual(expect.arrayContaining(pages));
  // And what their quizzes fetch as they hydrate: each page's questions, each language's words.
  const quizFiles = readdirSync(join(outDir, "quiz-data"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".json"))
    .map((file) => `/quiz-data/${file.split(sep).join("/")}`);
  expect(quizFiles.length).toBeGreaterThan(2);
  expect(paths).toEqual(expect.arrayContaining(quizFiles));
  // The search, whole: its runtime and every chunk of its index.
  expect(paths).toContain("/pagefind/pagefind.js");
  expect(paths.filter((path) => path.endsWith(".pf_index")).length).toBeGreaterThan(0);
  expect(cached.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  // Pagefind's own search interfaces are never loaded by the site, so never downloaded for it.
  expect(paths.filter((path) => /pagefind-(ui|component-ui|modular-ui)\./.test(path))).toEqual([]);
});

test("offline, a module's address typed without its trailing slash opens the module", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await workerInCharge(page);
  await context.setOffline(true);
  await page.goto("/modules/why-customer-focus");
  await expect(
    page.getByRole("heading", { level: 1, name: moduleFacts("why-customer-focus").title }),
  ).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/modules/why-customer-focus/");
});

test("the offline notice has no accessibility violations, light and dark", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await workerInCharge(page);
  await context.setOffline(true);
  await page.goto("/modules/why-customer-focus/");
  await expect(offlineNotice(page)).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
  await expect(offlineNotice(page)).toBeVisible();
});

test("the course installs: Chromium finds nothing that stops it offering to", async ({
  baseURL,
}) => {
  expect(await installability(chromium, chromiumLaunchOptions, `${baseURL}/`)).toEqual([]);
});

test("a page inside an LMS package never registers the worker", async ({ page }) => {
  // The package build marks its pages with data-site-root; here a page of the site is marked so.
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace("<html", '<html data-site-root="../"');
    await route.fulfill({ response, body: html });
  });
  await page.goto("/modules/why-customer-focus/");
  // The notices area's script registers the worker once the page is idle: wait until it has
  // been (idle callbacks run in the order asked for), and a moment more.
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);

  await page.unroute("**/*");
  await page.goto("/modules/why-customer-focus/");
  await workerInCharge(page);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(1);
});
