import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { writeServiceWorker } from "../../src/build/service-worker";
import { outDir, violationsLightAndDark } from "./helpers";
import { cachedUrls, serveFolder, workerInCharge } from "./offline-helpers";

/*
 * A new version deployed while a learner has the course open: it waits until they accept it,
 * then replaces every page at once. Version A is a copy of the built site; version B is the
 * same copy with one module's page changed and the worker written again, as a deploy would.
 */

test.use({ serviceWorkers: "allow" });

test("a new version waits for the learner to accept it, then no page of the old one is served", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const site = join(".tmp", `offline-update-${test.info().parallelIndex}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(outDir, site, { recursive: true });
  const { origin, server } = await serveFolder(site);
  const moduleId = "why-customer-focus";
  const moduleUrl = `${origin}/modules/${moduleId}/`;
  const heading = page.getByRole("heading", { level: 1 });
  const notice = page.locator('[data-notice="update"]');
  try {
    await page.goto(moduleUrl);
    await workerInCharge(page);
    const versionA = await heading.textContent();

    const file = join(site, "modules", moduleId, "index.html");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/(<h1[^>]*>)([^<]*)/, "$1$2 (version B)"),
    );
    await writeServiceWorker(site);

    await page.reload();
    await expect(notice).toContainText("A new version of the course is ready");
    // Until the learner accepts, the pages stay version A, even the one that changed.
    await expect(heading).toHaveText(versionA!);
    await page.goto(`${origin}/`);
    await expect(notice).toBeVisible();
    await page.goto(moduleUrl);
    await expect(heading).toHaveText(versionA!);
    await expect(heading).not.toContainText("version B");

    // "Later" hides it for this page; nothing reloads.
    await notice.getByRole("button", { name: "Later" }).click();
    await expect(notice).toHaveCount(0);
    await page.goto(moduleUrl);
    await expect(notice).toBeVisible();
    expect(await violationsLightAndDark(page)).toEqual([]);
    await expect(notice).toBeVisible();
    await notice.getByRole("button", { name: "Reload now" }).focus();
    await page.keyboard.press("Enter");
    await expect(heading).toContainText("version B");
    await expect(notice).toHaveCount(0);

    // From now on only version B, with or without the network.
    await context.setOffline(true);
    await page.goto(moduleUrl);
    await expect(heading).toContainText("version B");
    const cachedCopies = (await cachedUrls(page)).filter((url) =>
      new URL(url).pathname.startsWith(`/modules/${moduleId}/`),
    );
    expect(cachedCopies).toHaveLength(1);
    const cachedText = await page.evaluate(
      async (url) => (await caches.match(url))?.text(),
      cachedCopies[0]!,
    );
    expect(cachedText).toContain("(version B)");
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test("a tab left on the old version, when another tab accepts the new one, offers a reload", async ({
  context,
}) => {
  test.setTimeout(120_000);
  const site = join(".tmp", `offline-tabs-${test.info().parallelIndex}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(outDir, site, { recursive: true });
  const { origin, server } = await serveFolder(site);
  try {
    const [first, second] = [await context.newPage(), await context.newPage()];
    await first.goto(`${origin}/`);
    await workerInCharge(first);
    await second.goto(`${origin}/glossary/`);
    await workerInCharge(second);

    const file = join(site, "glossary", "index.html");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/(<h1[^>]*>)([^<]*)/, "$1$2 (version B)"),
    );
    await writeServiceWorker(site);
    await first.reload();
    const notice = (page: typeof first) => page.locator('[data-notice="update"]');
    await expect(notice(first)).toContainText("A new version of the course is ready");

    await notice(first).getByRole("button", { name: "Reload now" }).click();
    await expect(notice(first)).toHaveCount(0);
    // The other tab is not reloaded under the learner: it says what happened and offers it.
    await expect(notice(second)).toContainText("updated in another tab");
    await expect(second.getByRole("heading", { level: 1 })).not.toContainText("version B");
    await notice(second).getByRole("button", { name: "Reload now" }).click();
    await expect(second.getByRole("heading", { level: 1 })).toContainText("version B");
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
