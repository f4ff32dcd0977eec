import { chromium, expect, test, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { builtPages, languages, questionGroup } from "./helpers";
import { policyViolations } from "./page-code";

const ui = languages.en.ui;

test("search runs under the content security policy with no violation", async ({ page }) => {
  const violations = await policyViolations(page);
  await page.goto("/");
  const found = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    return (await pagefind.search("customer")).results.length;
  });
  expect(found).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("without JavaScript every module's prose is readable, and each quiz and commitment says it needs it", async ({
  baseURL,
}) => {
  // Playwright's javaScriptEnabled option still parses pages as if scripts ran, so <noscript>
  // would stay hidden: a browser started with scripting off sees what such a learner sees.
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, "--blink-settings=scriptEnabled=false"],
  });
  const page = await browser.newPage({ baseURL });
  const modules = builtPages().filter((path) => path.startsWith("/modules/"));
  expect(modules.length).toBeGreaterThan(0);
  let quizzes = 0;
  let commitments = 0;
  for (const path of modules) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("article").getByRole("paragraph").first()).toBeVisible();
    // Located by class: a quiz's frame, around its notice and its hidden island, has no role. A
    // film's checkpoint question waits, hidden, for its moment in the film: it is not a quiz this
    // learner can reach.
    for (const frame of await page.locator(".quiz-frame:not([hidden] .quiz-frame)").all()) {
      quizzes += 1;
      // A paragraph with the words, not getByText: Playwright's text matching skips <noscript>.
      await expect(
        frame.getByRole("paragraph").filter({ hasText: ui.modulePage.quizNeedsJs }),
      ).toBeVisible();
      await expect(frame.getByRole("button")).toHaveCount(0);
    }
    // Nor does a commitment offer choices it cannot keep, or the reset a button that does nothing.
    const commitmentRegion = page.getByRole("region", { name: ui.modulePage.commitmentHeading });
    for (const commitment of await commitmentRegion.all()) {
      commitments += 1;
      await expect(
        commitment.getByRole("paragraph").filter({ hasText: ui.modulePage.commitmentNeedsJs }),
      ).toBeVisible();
      await expect(commitment.getByRole("radio")).toHaveCount(0);
      await expect(commitment.getByRole("button")).toHaveCount(0);
    }
    await expect(page.getByRole("button", { name: ui.resetModule.start })).toHaveCount(0);
  }
  expect(quizzes).toBeGreaterThan(0);
  expect(commitments).toBeGreaterThan(0);
  await browser.close();
});

const payload = `<img src="x" onerror="window.__xss = 1"><script>window.__xss = 2</script>`;

/** True when the payload ran, or left a live element behind, anywhere on the page. */
async function injected(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      (window as { __xss?: number }).__xss !== undefined ||
      document.querySelector('img[src="x"]') !== null,
  );
}

test("a reflection with markup in it is kept and shown back as text, never run", async ({
  page,
}) => {
  await page.goto("/modules/how-this-course-works/");
  const group = await questionGroup(page, "Think of a time a company made");
  await group.getByRole("textbox", { name: "Your reflection" }).fill(payload);
  await group.getByRole("button", { name: "Save on this device" }).click();
  await expect(group.getByText(/Saved on this device/)).toBeVisible();

  await page.reload();
  const restored = await questionGroup(page, "Think of a time a company made");
  await expect(restored.getByText(payload)).toBeVisible();
  expect(await injected(page)).toBe(false);
});

test("an imported file with markup in its ids and text changes nothing it should not", async ({
  page,
}) => {
  const now = new Date().toISOString();
  const file = {
    version: 2,
    modules: { [payload]: { status: "completed", completedAt: now } },
    quizzes: {},
    reflections: {
      "how-this-course-works-about-you/made-it-easy": { text: payload, updatedAt: now },
    },
  };
  await page.goto("/progress/");
  const picker = page.getByLabel("Choose a progress file (.json)");
  await expect(picker).toBeEnabled();
  await picker.setInputFiles({
    name: "progress.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = page.getByRole("region", { name: "What this file would change" });
  await expect(preview).toBeVisible();
  expect(await injected(page)).toBe(false);
  await preview.getByRole("button", { name: "Merge into my progress" }).click();
  await expect(page.getByText(/Imported\./)).toBeVisible();
  expect(await injected(page)).toBe(false);

  await page.goto("/modules/how-this-course-works/");
  const group = await questionGroup(page, "Think of a time a company made");
  await expect(group.getByText(payload)).toBeVisible();
  expect(await injected(page)).toBe(false);
});
