import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  accessibilityViolations,
  answersOf,
  questionGroup,
  readQuiz,
  seedProgress,
} from "./helpers";
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * The learner's record in the browser: kept in step across tabs, recovered from corrupt
 * storage, usable without storage, carried between devices, and reset on request.
 */

/** Answer every question of a module's quiz right, as a learner would. */
async function passQuiz(page: Page, moduleId: string) {
  const quiz = readQuiz(moduleId);
  await page.goto(`/modules/${moduleId}/`);
  for (const question of quiz.questions) {
    const group = await questionGroup(page, question.prompt);
    await group.getByRole("radio", { name: answersOf(question).right }).check();
    const sure = group.getByRole("group", { name: "How sure are you?" });
    if (await sure.count()) await sure.getByRole("radio", { name: "Sure", exact: true }).check();
    await group.getByRole("button", { name: "Check answer" }).click();
  }
  const total = quiz.questions.length;
  await expect(
    page.getByText(`✓ Passed. You answered ${total} of ${total} correctly`),
  ).toBeVisible();
}

/** A module's title, as its MDX gives it and the pages show it. */
const titleOf = (moduleId: string) =>
  readFileSync(`content/modules/${moduleId}.mdx`, "utf8").match(/^title: (.+)$/m)![1]!;

/** A module's row in My progress's table of modules: the row headed by its title. */
const moduleRow = (page: Page, moduleId: string) =>
  page
    .getByRole("region", { name: "Your modules" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: titleOf(moduleId), exact: true }) });

/** The status a module's page shows for it, under its title (after an icon: not exact). */
const moduleStatus = (page: Page, status: string) => page.getByRole("article").getByText(status);

test("a module completed in one tab shows as completed in the other, and no change is lost", async ({
  context,
}) => {
  const progressTab = await context.newPage();
  await progressTab.goto("/progress/");
  await expect(progressTab.getByText(/You have completed 0 of \d+ modules/)).toBeVisible();

  const quizTab = await context.newPage();
  await passQuiz(quizTab, "why-customer-focus");

  // The other tab follows without a reload.
  await expect(progressTab.getByText(/You have completed 1 of \d+ modules/)).toBeVisible();
  await expect(moduleRow(progressTab, "why-customer-focus").getByText("Completed")).toBeVisible();

  // A change made in the second tab builds on the first tab's, and both tabs end up with both.
  await progressTab.goto("/modules/our-experience-principles/");
  await expect(moduleStatus(progressTab, "In progress")).toBeVisible();
  await quizTab.goto("/progress/");
  await expect(moduleRow(quizTab, "why-customer-focus").getByText("Completed")).toBeVisible();
  await expect(
    moduleRow(quizTab, "our-experience-principles").getByText("In progress"),
  ).toBeVisible();
});

test("corrupt storage shows a notice, keeps the valid entries and offers the original", async ({
  page,
}) => {
  const corrupt = JSON.stringify({
    version: 2,
    modules: {
      "why-customer-focus": { status: "completed", completedAt: "2026-11-20T10:00:00.000Z" },
      "our-experience-principles": { status: "finished-maybe" },
    },
    quizzes: { "why-customer-focus": "garbled" },
    reflections: {},
  });
  await seedProgress(page, corrupt);
  await page.goto("/progress/");
  const notice = page.getByText("Part of your saved progress could not be read");
  await expect(notice).toBeVisible();
  await expect(moduleRow(page, "why-customer-focus").getByText("Completed")).toBeVisible();
  await expect(moduleRow(page, "our-experience-principles").getByText("Not started")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the set-aside copy" }).click();
  const file = await (await download).path();
  expect(readFileSync(file, "utf8")).toBe(corrupt);

  // The notice stays on other pages until dismissed, then goes for good.
  await page.goto("/");
  await page.getByRole("button", { name: "Dismiss this notice" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Download the set-aside copy" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Part of your saved progress could not be read")).toHaveCount(0);
  const backup = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_BACKUP_KEY);
  expect(JSON.parse(backup!)[0].text).toBe(corrupt);
});

test("progress saved by an older version of the site is read, shown and saved anew", async ({
  page,
}) => {
  const older = JSON.stringify({
    version: 1,
    modules: {
      "why-customer-focus": { status: "completed", completedAt: "2026-11-20T10:00:00.000Z" },
    },
    quizzes: {},
    reflections: {},
  });
  await seedProgress(page, older);
  // The record needs the full reader, which the page loads only now.
  // The full reader's file, built from src/lib/record/read.ts.
  const reader = page.waitForResponse((response) =>
    /\/_astro\/read\.[\w-]+\.js$/.test(response.url()),
  );
  await page.goto("/modules/our-experience-principles/");
  await reader;
  await expect(moduleStatus(page, "In progress")).toBeVisible();
  await page.goto("/");
  // The module's stop on the map's road says it is done.
  const stop = page
    .getByRole("region", { name: "New-hire orientation, step by step" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: titleOf("why-customer-focus"), exact: true }) });
  await expect(stop.getByText("Done", { exact: true })).toBeVisible();
  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!,
  );
  expect(stored.version).toBe(3);
  expect(stored.modules["why-customer-focus"].status).toBe("completed");
  // No notice about the record: each would offer to be dismissed.
  await expect(page.getByRole("button", { name: "Dismiss this notice" })).toHaveCount(0);
});

test("a learner can finish a quiz where localStorage throws, and is told once it is not kept", async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    }
  });
  await passQuiz(page, "why-customer-focus");
  await expect(page.getByText(/not letting the site store anything/)).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toContainText(
    "Progress cannot be saved on this device",
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("progress exported on one device imports on another, after a preview of what it changes", async ({
  page,
  browser,
}) => {
  await passQuiz(page, "why-customer-focus");
  await expect(page.getByRole("contentinfo")).toContainText("Progress last saved on this device");
  await page.goto("/progress/");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my progress" }).click();
  const exported = await (await download).path();

  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await other.goto("/progress/");
  const picker = other.getByLabel("Choose a progress file (.json)");
  await expect(picker).toBeEnabled();

  // A file that is not JSON is refused with the reason, and changes nothing.
  await picker.setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from("these are my notes"),
  });
  await expect(other.getByRole("alert")).toHaveText(/not JSON/);
  await picker.setInputFiles({
    name: "sneaky.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"version":2,"modules":{"__proto__":{}},"quizzes":{},"reflections":{}}'),
  });
  await expect(other.getByRole("alert")).toHaveText(/a key named "__proto__"/);
  await expect(other.getByText(/You have completed 0 of/)).toBeVisible();

  await picker.setInputFiles(exported);
  const preview = other.getByRole("region", { name: "What this file would change" });
  await expect(
    preview.getByRole("listitem").filter({ hasText: "Why customer focus" }).first(),
  ).toContainText("now completed");
  await expect(preview.getByText("Scores raised")).toBeVisible();
  expect(await accessibilityViolations(other)).toEqual([]);
  await preview.getByRole("button", { name: "Merge into my progress" }).click();
  await expect(other.getByText(/Imported\. 1 module gained/)).toBeVisible();
  await expect(moduleRow(other, "why-customer-focus").getByText("Completed")).toBeVisible();
  await otherDevice.close();
});

test("a file chosen when the import's code cannot load is answered in words, and changes nothing", async ({
  page,
}) => {
  const at = "2026-11-20T10:00:00.000Z";
  await seedProgress(page, {
    version: 2,
    modules: { "why-customer-focus": { status: "completed", completedAt: at } },
    quizzes: {},
    reflections: {},
  });
  await page.goto("/progress/");
  const picker = page.getByLabel("Choose a progress file (.json)");
  await expect(picker).toBeEnabled();
  // The connection drops before the learner chooses a file: the validator and the preview load
  // only then, and cannot.
  await page.route(/\/_astro\/(transfer|ImportPreview)\.[\w-]+\.js$/, (route) => route.abort());
  await picker.setInputFiles({
    name: "my-other-laptop.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"version":2,"modules":{},"quizzes":{},"reflections":{}}'),
  });
  await expect(page.getByRole("alert")).toHaveText(/The import could not start/);
  await expect(page.getByText("Chosen: my-other-laptop.json")).toBeVisible();
  await expect(page.getByRole("region", { name: "What this file would change" })).toHaveCount(0);
  await expect(moduleRow(page, "why-customer-focus").getByText("Completed")).toBeVisible();
});

test("replacing progress with an older file names everything it would lose, on the button too", async ({
  page,
}) => {
  const at = "2026-11-20T10:00:00.000Z";
  const commitment = (text: string) => ({ text, madeAt: at, checkIns: [] });
  const module = { status: "completed", completedAt: at };
  await seedProgress(page, {
    version: 3,
    modules: { "why-customer-focus": module },
    quizzes: {},
    reflections: {},
    commitments: {
      "why-customer-focus": commitment("Ask one customer what they expected"),
      "our-experience-principles": commitment("Name the principle in stand-ups"),
      "empathy-in-practice": commitment("Listen before answering"),
    },
    activities: { "story-round": at, "habit-origins": at },
    review: { "why-customer-focus/expectations-rising": { box: 2, due: "2026-11-25" } },
    activeSeconds: { "why-customer-focus": 720 },
    learnerName: "Ana Ruiz",
  });
  await page.goto("/progress/");
  const picker = page.getByLabel("Choose a progress file (.json)");
  await expect(picker).toBeEnabled();
  // Exported by an older version: the same module, and none of what came later.
  const older = {
    version: 2,
    modules: { "why-customer-focus": module },
    quizzes: {},
    reflections: {},
  };
  await picker.setInputFiles({
    name: "cx-progress-2026-11-20.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "cx-learning-map/progress", progress: older })),
  });
  const preview = page.getByRole("region", { name: "What this file would change" });
  await expect(preview.getByText(/This would change nothing/)).toBeVisible();
  await expect(preview.getByRole("button", { name: "Merge into my progress" })).toBeVisible();

  await preview.getByRole("radio", { name: /^Replace/ }).check();
  const lost =
    "3 commitments, 2 team activities, 1 question in your review queue, about 12 minutes of active time and your name on certificates";
  await expect(preview.getByText(`Replacing would lose ${lost} from this device.`)).toBeVisible();
  await expect(preview.getByText(/This would change nothing/)).toHaveCount(0);
  const replace = preview.getByRole("button", { name: `Replace and lose ${lost}` });
  await expect(replace).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await replace.click();
  await expect(page.getByText(/^Imported\./)).toBeVisible();
  // Written once this tab holds the lock on the record: a moment after it shows.
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  await expect.poll(async () => (await stored()).commitments).toBeUndefined();
  expect((await stored()).modules["why-customer-focus"].status).toBe("completed");
});

test("a learner resets one module, then everything, after confirming", async ({ page }) => {
  await passQuiz(page, "why-customer-focus");
  await page.goto("/modules/our-experience-principles/");
  await expect(moduleStatus(page, "In progress")).toBeVisible();

  await page.goto("/modules/why-customer-focus/");
  const resetButton = page.getByRole("button", { name: "Reset this module" });
  await resetButton.scrollIntoViewIfNeeded();
  // Pressed at once: the button hydrates as the learner reaches it, and the press is kept.
  await resetButton.click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Reset this module" }).click();
  await page.getByRole("button", { name: "Yes, reset this module" }).click();
  await expect(page.getByText("This module has been reset.")).toBeVisible();

  await page.goto("/progress/");
  await expect(moduleRow(page, "why-customer-focus").getByText("Not started")).toBeVisible();
  await expect(moduleRow(page, "our-experience-principles").getByText("In progress")).toBeVisible();

  await page.getByRole("button", { name: "Reset all progress" }).click();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Yes, reset everything" }).click();
  await expect(page.getByText("All progress on this device has been reset.")).toBeVisible();
  await expect(page.getByText(/You have completed 0 of/)).toBeVisible();
  await expect(moduleRow(page, "our-experience-principles").getByText("Not started")).toBeVisible();
});

test("the progress page has no accessibility violations in the dark colour scheme", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/progress/");
  await page.getByRole("button", { name: "Reset all progress" }).click();
  expect(await accessibilityViolations(page)).toEqual([]);
});
