import { expect, test, type Page } from "@playwright/test";
import {
  holdBack,
  mapHydrated,
  modulesOfTrack,
  questionGroup,
  readQuestions,
  trackInOrder,
  violationsLightAndDark,
} from "./helpers";
import {
  completeNextModule,
  completeTrack,
  lmsCourseFrame,
  packagedSite,
  roadStop,
  trackHero,
} from "./lms/learner";
import {
  completionMet,
  courseFrameTitle,
  lmsCalls,
  packagePath,
  startTestLms,
  type LmsCall,
  type TestLms,
} from "./lms/server";

/*
 * The orientation track's SCORM 1.2 package inside a test LMS that does what Moodle 4.5 does
 * with a new activity's defaults (test/e2e/lms/server.ts): scorm-again's real run-time, the
 * mastery score overriding the status at LMSFinish, localStorage emptied at each launch,
 * review mode after a finished attempt, "Require status: Completed".
 */

// A learner working through a module in a framed package takes a while on a shared machine.
test.describe.configure({ timeout: 60_000 });

let lms: TestLms;

test.beforeEach(async () => {
  lms = await startTestLms(packagePath("orientation", "scorm12"));
});
test.afterEach(() => lms.close());

const calls = lmsCalls;
const all0 = (all: LmsCall[]) => all.filter((call) => call.name === "LMSGetValue");
const sets = (all: LmsCall[]) => all.filter((call) => call.name === "LMSSetValue");

/** Open the LMS's page for the package, as a learner who has just logged in. */
async function openInLms(page: Page, query: Record<string, string> = {}) {
  await page.goto(lms.scormLaunchUrl(query));
  const shell = lmsCourseFrame(page);
  return { shell, site: packagedSite(shell) };
}

/** The reflection a learner writes in the first module of orientation. */
const reflectionPrompt = readQuestions("how-this-course-works-about-you").find(
  (question) => question.type === "reflection",
)!.prompt;

test("a new hire who stops half-way is incomplete under Moodle's mastery override, keeps their reflection through Moodle's clearing, and on finishing is complete with 100", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const track = modulesOfTrack("orientation");

  // First launch: one module, then Save and exit.
  let { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  // Results per question are off by default, and the bar says nothing of them.
  await expect(shell.getByText(/whether each quiz answer was right/)).toBeHidden();
  const first = (await completeNextModule(site))!;
  expect(first).toBe("how-this-course-works");
  await expect.poll(() => lms.record["cmi.suspend_data"] ?? "").toContain(`"${first}":[2,`);
  await shell.getByRole("button", { name: "Save and exit" }).click();
  // The session is over: the site is gone, and a short page says where the progress is.
  await expect(
    shell.getByRole("heading", { name: "Your progress is saved in your LMS" }),
  ).toBeVisible();
  await expect(shell.getByText("open the course again from your LMS")).toBeVisible();
  await expect(shell.locator("iframe")).toHaveCount(0);
  expect(lms.record["cmi.core.lesson_status"]).toBe("incomplete");
  expect(lms.record["cmi.core.score.raw"] ?? "").toBe("");
  expect(lms.record["cmi.core.exit"]).toBe("suspend");
  // The default reporting gives the LMS no mastery score that could turn "completed" into
  // "passed", which Moodle's "Require status: Completed" does not accept.
  expect(
    all0(await calls(page)).find((call) => call.args[0] === "cmi.student_data.mastery_score")
      ?.result,
  ).toBe("");
  expect(completionMet(lms.record, "completed")).toBe(false);
  // Results per question are off by default: none reported.
  expect(lms.record["cmi.interactions"]).toEqual([]);
  let all = await calls(page);
  expect(all.filter((call) => call.name === "LMSFinish")).toHaveLength(1);
  expect(all.at(-1)?.name).toBe("LMSFinish");

  // Second launch, after a new login: Moodle has emptied localStorage.
  ({ shell, site } = await openInLms(page));
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  await mapHydrated(site);
  await expect(roadStop(site, first).getByText("Done", { exact: true })).toBeVisible();
  // The reflection, never sent to the LMS, is still on this device.
  await roadStop(site, first).getByRole("link").click();
  const reflection = await questionGroup(site, reflectionPrompt);
  await expect(reflection.getByText("A note.", { exact: true })).toBeVisible();
  await site
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Learning map" })
    .click();
  await completeTrack(site, track);
  await expect(trackHero(site)).toContainText(`${track.length} of ${track.length} modules done`);
  await shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(
    shell.getByRole("heading", { name: "Your progress is saved in your LMS" }),
  ).toBeVisible();
  // Complete under Moodle's default completion rule, with every answer right: 100.
  expect(lms.record["cmi.core.lesson_status"]).toBe("completed");
  expect(completionMet(lms.record, "completed")).toBe(true);
  expect(lms.record["cmi.core.score.raw"]).toBe("100");
  all = await calls(page);
  expect(all.filter((call) => call.name === "LMSInitialize")).toHaveLength(1);
  expect(all.filter((call) => call.name === "LMSFinish")).toHaveLength(1);
  expect(all.filter((call) => call.result !== "true" && !/Get/.test(call.name))).toEqual([]);
  const suspendData = lms.record["cmi.suspend_data"] as string;
  expect(suspendData.length).toBeLessThan(4000);
  // Private stays private: what was written in reflections never reaches the LMS.
  expect(JSON.stringify(lms.record)).not.toContain("A note.");
  expect(lms.missing).toEqual([]);

  // Another computer, an empty browser: Moodle opens the finished attempt in review mode.
  const finished = structuredClone(lms.record);
  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  const again = await openInLms(laptop);
  await expect(again.shell.getByRole("status")).toHaveText(/Review: your LMS is showing/);
  await mapHydrated(again.site);
  await expect(trackHero(again.site)).toContainText(
    `${track.length} of ${track.length} modules done`,
  );
  await expect(again.site.getByRole("link", { name: "Get your certificate" })).toBeVisible();
  await again.shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(again.shell.getByRole("heading", { level: 1 })).toBeVisible();
  expect(sets(await calls(laptop))).toEqual([]);
  expect(lms.record).toEqual(finished);
  await elsewhere.close();
});

const reportingChoices = [
  { reporting: "completed-incomplete", halfway: "incomplete" },
  { reporting: "passed-incomplete", halfway: "incomplete" },
  { reporting: "passed-failed", halfway: "failed" },
  { reporting: "completed-failed", halfway: "failed" },
] as const;

for (const { reporting, halfway } of reportingChoices) {
  test(`reporting ${reporting}: a learner who stops half-way is ${halfway}, with no score, whatever the mastery override`, async ({
    page,
  }) => {
    lms.patchPlan = (plan) => ({ ...plan, reporting });
    lms.moodle.masteryScore = "75";
    const { shell, site } = await openInLms(page);
    await expect(shell.getByRole("status")).toHaveText(/Connected/);
    await completeNextModule(site);
    await expect.poll(() => lms.record["cmi.core.lesson_status"]).toBe(halfway);
    await shell.getByRole("button", { name: "Save and exit" }).click();
    await expect(shell.getByRole("heading", { level: 1 })).toBeVisible();
    expect(lms.record["cmi.core.lesson_status"]).toBe(halfway);
    expect(lms.record["cmi.core.score.raw"] ?? "").toBe("");
  });
}

/** What a passed learner's record looks like in the LMS, with suspend data this package wrote. */
const passedRecord = (suspendData: string) => ({
  "cmi.core.lesson_status": "passed",
  "cmi.core.score.raw": "95",
  "cmi.core.score.min": "0",
  "cmi.core.score.max": "100",
  "cmi.core.exit": "suspend",
  "cmi.suspend_data": suspendData,
});
const goodCopy =
  '{"v":1,"t":"orientation","m":{"how-this-course-works":[2,"","","",120],"why-customer-focus":[2,"","","",300]},"q":{},"a":{}}';
const unreadable: { what: string; suspend: string; query: Record<string, string> }[] = [
  { what: "cut short by 7 characters", suspend: goodCopy.slice(0, -7), query: {} },
  { what: "written by another version", suspend: goodCopy.replace('"v":1', '"v":2'), query: {} },
  { what: "read as null", suspend: goodCopy, query: { fault: "getnull" } },
];

for (const { what, suspend, query } of unreadable) {
  test(`a passed learner whose saved progress is ${what} keeps the LMS's status, score and suspend data, and is told`, async ({
    page,
  }) => {
    lms.record = passedRecord(suspend);
    lms.moodle.review = false; // a new attempt on a new browser: the package must hold back
    const before = structuredClone(lms.record);
    const { shell, site } = await openInLms(page, query);
    await expect(shell.getByRole("status")).toHaveText(
      /earlier progress that this course cannot read\. It stays in your LMS as it was/,
    );
    await completeNextModule(site);
    await shell.getByRole("button", { name: "Save and exit" }).click();
    await expect(shell.getByRole("heading", { name: "This session is over" })).toBeVisible();
    await expect(shell.getByText("Your LMS still holds your earlier progress")).toBeVisible();
    expect(sets(await calls(page))).toEqual([]);
    expect(lms.record).toMatchObject(before);
  });
}

for (const fault of ["throw", "false"] as const) {
  test(`when LMSSetValue ${fault === "throw" ? "throws" : 'answers "false"'}, the learner finishes the quiz, keeps their progress, and the package retries`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { shell, site } = await openInLms(page, { fault, times: "3" });
    const moduleId = (await completeNextModule(site))!;
    await expect
      .poll(() => lms.record["cmi.suspend_data"] ?? "", { timeout: 60_000 })
      .toContain(`"${moduleId}":[2,`);
    const all = await calls(page);
    expect(
      all.filter((call) => call.result === (fault === "throw" ? "threw" : "false")),
    ).toHaveLength(3);
    await expect(shell.getByRole("status")).toHaveText(/Connected/);
    // The learner's own copy was never at risk.
    await site
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "My progress" })
      .click();
    const title = trackInOrder("orientation").find((module) => module.id === moduleId)!.title;
    await expect(
      site
        .getByRole("region", { name: "Your modules" })
        .getByRole("row")
        .filter({ has: site.getByRole("rowheader", { name: title, exact: true }) }),
    ).toContainText("Completed");
  });
}

test("when the LMS ends the session, the site closes at the learner's next step and says so", async ({
  page,
}) => {
  const { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  await page.evaluate(() => (window as any).lmsEndSession());
  // The learner's next step (opening a module, which the record notes) cannot be reported:
  // the package says so and closes the site.
  await mapHydrated(site);
  await site.getByRole("link", { name: /^(Start|Continue): / }).click();
  await expect(shell.getByText("Your LMS has ended this session.")).toBeVisible();
  await expect(
    shell.getByRole("heading", { name: "Your progress is saved in your LMS" }),
  ).toBeVisible();
  await expect(shell.locator("iframe")).toHaveCount(0);
});

test("with no LMS API, the package is the normal site and says once that results stay in this browser", async ({
  page,
}) => {
  const { shell, site } = await openInLms(page, { fault: "missing" });
  await expect(shell.getByRole("status")).toHaveText(
    "This course was opened outside a learning system, so your results are kept only in this browser.",
  );
  await expect(shell.getByRole("button", { name: "Save and exit" })).toBeHidden();
  const moduleId = (await completeNextModule(site))!;
  await site
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Learning map" })
    .click();
  await expect(roadStop(site, moduleId).getByText("Done", { exact: true })).toBeVisible();
});

test("the launch page and its closing page pass axe, light and dark", async ({ page }) => {
  await page.goto(`${lms.origin}${lms.base}lms/scorm12/orientation/index.html`);
  await expect(page.getByRole("status")).toHaveText(/outside a learning system/);
  await mapHydrated(packagedSite(page));
  expect(await violationsLightAndDark(page)).toEqual([]);
  const { shell } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  await shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(shell.getByRole("heading", { level: 1 })).toBeFocused();
  // The LMS's page and, inside it, the package's closing page.
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test("the LMS's language for the learner opens the package in French, bar and site", async ({
  page,
}) => {
  lms.moodle.language = "fr";
  const { shell } = await openInLms(page);
  // The site's frame is titled in French too.
  const site = packagedSite(shell, "orientation", "fr");
  await expect(shell.getByRole("status")).toHaveText(/Connecté\u00a0: votre LMS enregistre/);
  await expect(shell.getByRole("button", { name: "Enregistrer et quitter" })).toBeVisible();
  await expect(shell.locator("html")).toHaveAttribute("lang", "fr");
  await mapHydrated(site);
  await expect(site.locator("html")).toHaveAttribute("lang", "fr");
});

test("inside the package, search finds a module by its prose and opens it, and the glossary and My progress open", async ({
  page,
}) => {
  const { site } = await openInLms(page);
  await mapHydrated(site);
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
  await completeNextModule(site);
  // The learner leaves the course by the LMS's own way out: the LMS's frame moves on.
  await page
    .getByTitle(courseFrameTitle, { exact: true })
    .evaluate((frame: HTMLIFrameElement) => (frame.src = "about:blank"));
  await expect
    .poll(async () => (await calls(page)).filter((call) => call.name === "LMSFinish"))
    .toHaveLength(1);
  const all = await calls(page);
  const finish = all.findIndex((call) => call.name === "LMSFinish");
  expect(all[finish - 1]).toMatchObject({ name: "LMSCommit", result: "true" });
  expect(lms.record["cmi.core.exit"]).toBe("suspend");
  expect(lms.record["cmi.core.lesson_status"]).toBe("incomplete");
});

test("inside the package, a learner whose connection drops is told the course still works", async ({
  page,
  context,
}) => {
  const { site } = await openInLms(page);
  await expect(site.getByRole("heading", { level: 1 })).toBeVisible();
  // No worker keeps a package's files: what says so must be here before the connection goes.
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await expect(site.getByText("You are offline. The course still works")).toBeVisible();
  await context.setOffline(false);
  await expect(site.getByText("You are offline. The course still works")).toBeHidden();
});

test("inside the package, an answer clicked before the quiz's code has come is kept", async ({
  page,
}) => {
  const { site } = await openInLms(page);
  await mapHydrated(site);
  // The quiz's code held back, as on a slow connection: the learner answers first.
  const letTheCodeCome = await holdBack(page, "Quiz");
  // A module whose quiz does not ask how sure the learner is.
  await site
    .getByRole("link", { name: /Why customer focus/ })
    .first()
    .click();
  const single = readQuestions("why-customer-focus").find((each) => each.type === "single")!;
  const group = site.getByRole("group", { name: single.prompt });
  const right = single.options!.find((option) => option.correct)!.text;
  await group.getByText(right).click();
  await group.getByRole("button", { name: "Check answer" }).click();
  expect(await site.locator("astro-island[ssr]", { has: group }).count()).toBe(1);
  letTheCodeCome();
  await expect(group.getByText("✓ Correct.")).toBeVisible();
  await expect(group.getByRole("radio", { name: right })).toBeChecked();
  expect(lms.missing).toEqual([]);
});
