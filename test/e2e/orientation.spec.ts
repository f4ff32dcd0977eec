import { expect, test } from "@playwright/test";
import { completeModule, modulesOfTrack } from "./helpers";

/*
 * The orientation track, end to end, by a new hire who answers correctly: they follow "Next up"
 * on the map from the first module to the last, then open their certificate. The questions and
 * answers are read from content/, so the test follows the content.
 */

test("a new hire completes the orientation track by following the map, and gets a certificate", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const track = modulesOfTrack("orientation");
  const visited: string[] = [];

  for (let step = 0; step <= track.length; step++) {
    await page.goto("/");
    await page.locator(".learning-map[data-hydrated]").waitFor();
    const nextUp = page.locator(".next-up");
    if ((await nextUp.getAttribute("data-next")) === null) break;
    const moduleId = (await nextUp.getAttribute("data-next"))!;
    visited.push(moduleId);
    await completeModule(page, moduleId);
  }

  expect([...visited].sort()).toEqual([...track].sort());
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "You have finished this track" })).toBeVisible();
  await expect(page.locator(".next-up-progress")).toContainText(
    `${track.length} of ${track.length} modules done`,
  );

  await page.goto("/progress/");
  const orientation = page.locator('.track-summary[data-track="orientation"]');
  await expect(orientation).toContainText(`${track.length} of ${track.length} modules done`);
  await orientation.getByRole("link", { name: "Open your certificate" }).click();

  await expect(page.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  await page.getByLabel("Your name, as it should appear on the certificate").fill("Sam Rivera");
  await expect(page.locator(".certificate-name")).toHaveText("Sam Rivera");
  await expect(page.locator(".certificate-modules li")).toHaveCount(track.length);
  await expect(page.locator(".certificate code")).toHaveText(/^CX-ORI-\d{8}-[0-9A-Z]{4}-[0-9A-Z]$/);
});
