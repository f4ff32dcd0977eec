import { readFileSync, readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { accessibilityViolations, builtPages, violationsLightAndDark } from "./helpers";
import { bankOutDir } from "./bank-build";

/*
 * A bank ships this site as its own course (test/fixtures/bank): its name, logo, colours and two
 * tracks come from its course file alone. A people leader completes their track, gets the
 * certificate under the bank's title and checks its completion code.
 */

/** Answer a fixture module's one question right and wait until the module is completed. */
async function completeBankModule(page: Page, moduleId: string) {
  await page.goto(`/modules/${moduleId}/`);
  const question = page.getByRole("group", {
    name: "What comes first when a customer needs help?",
  });
  await question.scrollIntoViewIfNeeded();
  await question.getByRole("radio", { name: "Listening to the whole story." }).check();
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("article header").getByText("Completed")).toBeVisible();
}

test("a people leader completes the bank's track and verifies the certificate's code", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Serving Northbank customers");
  // The bank's logo beside the site's name: decorative (alt=""), so it has no role or name.
  await expect(
    page
      .getByRole("banner")
      .getByRole("link", { name: "Serving Northbank customers", exact: true })
      .locator("img"),
  ).toHaveCount(1);
  await page.getByText("Change track").click();
  await expect(page.getByRole("radio", { name: /Branch staff/ })).toBeChecked();
  await page.getByRole("radio", { name: /People leaders/ }).check();
  await expect(page).toHaveURL(/\?track=people-leaders$/);

  await completeBankModule(page, "welcome");
  await completeBankModule(page, "coaching-your-branch");

  await page.goto("/certificate/people-leaders/");
  await expect(page.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  const certificate = page.getByRole("article", { name: "Certificate of completion" });
  await expect(certificate).toContainText("Leading customer care");
  await expect(certificate).toContainText("Northbank");
  const code = (await certificate.getByRole("code").textContent())!;
  expect(code).toMatch(/^CX-PPL-\d{8}-[0-9A-Z]{4}-[0-9A-Z]$/);

  await page.goto("/verify/");
  await page.getByLabel("Completion codes, one per line").fill(code);
  await page.getByRole("button", { name: "Check codes" }).click();
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: code, exact: true }) });
  await expect(row).toContainText("✓ Yes");
  await expect(row).toContainText("People leaders");
});

test("the bank's pages have no accessibility violations, light and dark", async ({ page }) => {
  test.slow(); // four pages, each checked in full twice
  for (const path of [
    "/",
    "/modules/coaching-your-branch/",
    "/certificate/branch-staff/",
    "/verify/",
  ]) {
    await page.goto(path);
    expect(await violationsLightAndDark(page), path).toEqual([]);
  }
});

test("no page of the bank's site says CX Learning Map", () => {
  const pages = builtPages(bankOutDir);
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const file = `${bankOutDir}${path}${path.endsWith("/") ? "index.html" : ""}`;
    expect(readFileSync(file, "utf8"), path).not.toContain("CX Learning Map");
  }
  for (const script of readdirSync(`${bankOutDir}/_astro`)) {
    const text = readFileSync(`${bankOutDir}/_astro/${script}`, "utf8");
    expect(text, script).not.toContain("CX Learning Map");
  }
});

test("a film on the bank's video platform loads nothing from it until the learner asks, and counts when they say so", async ({
  page,
}) => {
  const platform: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost")) platform.push(request.url());
  });
  // The platform is not reachable from the tests: a stand-in answers for it.
  await page.route("https://player.vimeo.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<p>The platform's player</p>" }),
  );
  await page.goto("/modules/at-the-counter/");
  const csp = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute("content");
  expect(csp).toContain("frame-src 'self' https://player.vimeo.com");
  const play = page.getByRole("button", { name: "Play from Vimeo" });
  await play.scrollIntoViewIfNeeded();
  await expect(
    page.getByRole("figure", { name: "A morning at the Northbank counter" }),
  ).toBeVisible();
  await expect(page.getByText("Running time 3:10")).toBeVisible();
  await expect(
    page.getByText("Plays from Vimeo. Nothing is loaded from Vimeo until you press Play."),
  ).toBeVisible();
  // The player hydrates as the learner reaches for it (client:reach).
  await play.hover();
  await expect(
    page.locator("astro-island", { has: play }).and(page.locator(":not([ssr])")),
  ).toBeAttached();
  await page.waitForLoadState("networkidle");
  expect(platform).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);

  await play.click();
  const frame = page.frameLocator(
    'iframe[title="Film: A morning at the Northbank counter, from Vimeo"]',
  );
  await expect(frame.getByText("The platform's player")).toBeVisible();
  expect(platform).toEqual(["https://player.vimeo.com/video/100000001"]);

  // The module needs the film and its quiz: the learner's word counts for the film.
  await expect(page.locator("article header").getByText("In progress")).toBeVisible();
  await page.getByRole("button", { name: "I have watched this film" }).click();
  await expect(page.getByText("You said you watched this film.")).toBeVisible();
  const question = page.getByRole("group", {
    name: "What comes first when a customer needs help?",
  });
  await question.getByRole("radio", { name: "Listening to the whole story." }).check();
  await question.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("article header").getByText("Completed")).toBeVisible();
});
