import { expect, test, type Page } from "@playwright/test";
import { accessibilityViolations, modulesOfTrack } from "./helpers";
import { completeNextModule, completeTrack } from "./lms/learner";
import { packagePath, startTestLms, type TestLms } from "./lms/server";

/*
 * The orientation track's SCORM 1.2 package inside a test LMS (scorm-again's real run-time),
 * served from a deep random path as an LMS's file store would. A new hire completes the track
 * in it; the LMS records passed with the score; a relaunch on another browser profile, with
 * only what the LMS kept, shows the same progress.
 */

interface LmsCall {
  name: string;
  args: string[];
  result: string;
}

const launch = "lms/scorm12/orientation/index.html";
let lms: TestLms;

test.beforeAll(async () => {
  lms = await startTestLms(packagePath("orientation", "scorm12"));
});
test.afterAll(() => lms.close());

const calls = (page: Page) => page.evaluate(() => (window as any).lmsCalls as LmsCall[]);
const lastSet = (all: LmsCall[], element: string) =>
  all.filter((call) => call.name === "LMSSetValue" && call.args[0] === element).at(-1)?.args[1];

/** Open the LMS's page for the package; `saved` is what an earlier launch left in the LMS. */
async function openInLms(page: Page, query = "", saved?: object) {
  const hash = saved ? `#${encodeURIComponent(JSON.stringify(saved))}` : "";
  await page.goto(
    `${lms.origin}/lms/harness.html?launch=${encodeURIComponent(lms.base + launch)}${query ? `&${query}` : ""}${hash}`,
  );
  const shell = page.frameLocator("#sco");
  return { shell, site: shell.frameLocator(".lms-frame") };
}

test("a new hire completes orientation inside the LMS, which records passed with the score; a relaunch elsewhere resumes", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const track = modulesOfTrack("orientation");
  const { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);

  await completeTrack(site, track);
  await expect(site.locator(".hero")).toContainText(
    `${track.length} of ${track.length} modules done`,
  );
  await expect
    .poll(async () => lastSet(await calls(page), "cmi.core.lesson_status"), { timeout: 10_000 })
    .toBe("passed");
  await shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(shell.getByRole("status")).toHaveText(/saved in your learning system/);

  const all = await calls(page);
  expect(all.filter((call) => call.name === "LMSInitialize")).toHaveLength(1);
  expect(all.filter((call) => call.name === "LMSFinish")).toEqual([
    { name: "LMSFinish", args: [""], result: "true" },
  ]);
  expect(all.at(-1)?.name).toBe("LMSFinish");
  // Every answer right: the best score of every scored quiz is full marks.
  expect(lastSet(all, "cmi.core.score.raw")).toBe("100");
  expect(lastSet(all, "cmi.core.exit")).toBe("");
  expect(lastSet(all, "cmi.core.session_time")).toMatch(/^\d{4}:\d{2}:\d{2}$/);
  expect(all.filter((call) => call.result !== "true" && call.name !== "LMSGetValue")).toEqual([]);
  const suspendData = lastSet(all, "cmi.suspend_data")!;
  expect(suspendData.length).toBeLessThan(4096);
  // Private stays private: what was written in reflections never reaches the LMS.
  expect(JSON.stringify(all)).not.toContain("A note.");
  // The package asked for nothing outside its own folder.
  expect(lms.missing).toEqual([]);

  // Another device: an empty browser profile, and only what the LMS kept.
  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  const again = await openInLms(laptop, "", {
    cmi: { suspend_data: suspendData, core: { lesson_status: "passed", entry: "resume" } },
  });
  await again.site.locator(".learning-map[data-hydrated]").waitFor();
  await expect(again.site.locator(".hero")).toContainText(
    `${track.length} of ${track.length} modules done`,
  );
  await expect(again.site.getByRole("link", { name: "Get your certificate" })).toBeVisible();
  const relaunch = await calls(laptop);
  expect(relaunch.filter((call) => call.name === "LMSInitialize")).toHaveLength(1);
  await elsewhere.close();
});

for (const fault of ["throw", "false"] as const) {
  test(`when LMSSetValue ${fault === "throw" ? "throws" : 'answers "false"'}, the learner finishes the quiz, keeps their progress, and the package retries`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { shell, site } = await openInLms(page, `fault=${fault}&times=3`);
    const moduleId = (await completeNextModule(site))!;
    await expect
      .poll(async () => lastSet(await calls(page), "cmi.suspend_data") ?? "", { timeout: 60_000 })
      .toContain(`"${moduleId}":[2,`);
    const all = await calls(page);
    expect(
      all.filter((call) => call.result === (fault === "throw" ? "threw" : "false")),
    ).toHaveLength(3);
    expect(
      all.filter((call) => call.name === "LMSCommit" && call.result === "true").length,
    ).toBeGreaterThan(0);
    await expect(shell.getByRole("status")).toHaveText(/Connected/);
    // The learner's own copy was never at risk.
    await site
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "My progress" })
      .click();
    await expect(site.locator(`.progress-modules tr[data-module="${moduleId}"]`)).toContainText(
      "Completed",
    );
  });
}

test("with no LMS API, the package is the normal site and says once that results stay in this browser", async ({
  page,
}) => {
  const { shell, site } = await openInLms(page, "fault=missing");
  await expect(shell.getByRole("status")).toHaveText(
    "This course was opened outside a learning system, so your results are kept only in this browser.",
  );
  await expect(shell.getByRole("button", { name: "Save and exit" })).toBeHidden();
  const moduleId = (await completeNextModule(site))!;
  await site
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Learning map" })
    .click();
  await expect(site.locator(`.stop[data-module="${moduleId}"]`)).toHaveAttribute(
    "data-state",
    "done",
  );
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the launch page, opened on its own, passes axe in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${lms.origin}${lms.base}${launch}`);
    await expect(page.getByRole("status")).toHaveText(/outside a learning system/);
    await page.frameLocator(".lms-frame").locator(".learning-map[data-hydrated]").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

test("inside the package, search finds a module by its prose and opens it, and the glossary and My progress open", async ({
  page,
}) => {
  const { site } = await openInLms(page);
  await site.locator(".learning-map[data-hydrated]").waitFor();
  await site.getByRole("button", { name: "Search" }).click();
  const dialog = site.getByRole("dialog", { name: "Search" });
  await dialog
    .getByRole("searchbox", { name: "Search modules and the glossary" })
    .fill("empathy map");
  const hit = dialog.getByRole("list", { name: "Results" }).getByRole("link").first();
  await expect(hit).toBeVisible();
  const href = (await hit.getAttribute("href"))!;
  expect(href).toMatch(/^\.\.?\/.*index\.html(#.*)?$/);
  await hit.click();
  await expect(site.getByRole("heading", { level: 1 })).toBeVisible();
  const nav = site.getByRole("navigation", { name: "Site" });
  await nav.getByRole("link", { name: "Glossary" }).click();
  await expect(site.getByRole("heading", { level: 1, name: /Glossary/ })).toBeVisible();
  await nav.getByRole("link", { name: "My progress" }).click();
  await expect(site.getByRole("heading", { level: 1, name: "My progress" })).toBeVisible();
  expect(lms.missing).toEqual([]);
});

test("leaving the launch page commits and finishes the session once, with the track still suspended", async ({
  page,
}) => {
  const { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  (await completeNextModule(site))!;
  // The learner closes the course: the LMS's frame moves on.
  await page.evaluate(() => {
    (document.getElementById("sco") as HTMLIFrameElement).src = "about:blank";
  });
  await expect
    .poll(async () => (await calls(page)).filter((call) => call.name === "LMSFinish"))
    .toHaveLength(1);
  const all = await calls(page);
  const finish = all.findIndex((call) => call.name === "LMSFinish");
  expect(all[finish - 1]).toMatchObject({ name: "LMSCommit", result: "true" });
  expect(lastSet(all, "cmi.core.exit")).toBe("suspend");
  expect(lastSet(all, "cmi.core.lesson_status")).toBe("incomplete");
});
