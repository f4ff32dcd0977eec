import { expect, test } from "@playwright/test";
import { completeModule, mapHydrated, trackInOrder } from "./helpers";

/*
 * The orientation track, end to end, by a new hire who answers correctly: they follow the home
 * page's one primary button from the first module to the last, then open their certificate. The
 * questions and answers are read from content/, so the test follows the content.
 */

test("a new hire completes the orientation track by following the home page's button, and gets a certificate", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const track = trackInOrder("orientation");
  const visited: string[] = [];

  for (let step = 0; step <= track.length; step++) {
    await page.goto("/");
    await mapHydrated(page);
    const next = page.getByRole("link", { name: /^(Start|Continue): / });
    if ((await next.count()) === 0) break;
    const moduleId = (await next.getAttribute("href"))!.split("/")[2]!;
    visited.push(moduleId);
    await completeModule(page, moduleId);
  }

  expect(visited).toEqual(track.map((module) => module.id));
  await page.goto("/");
  await expect(page.getByText("You finished New-hire orientation. Well done!")).toBeVisible();
  await expect(
    page.getByRole("img", { name: `${track.length} of ${track.length} modules done` }),
  ).toBeVisible();

  await page.getByRole("link", { name: "Get your certificate" }).click();
  await expect(page.getByRole("heading", { name: "Certificate of completion" })).toBeVisible();
  await page.getByLabel("Your name, as it should appear on the certificate").fill("Sam Rivera");
  const certificate = page.getByRole("article", { name: "Certificate of completion" });
  await expect(certificate.getByText("Sam Rivera", { exact: true })).toBeVisible();
  await expect(certificate.getByRole("listitem")).toHaveText(track.map((module) => module.title));
  await expect(certificate.getByRole("code")).toHaveText(/^CX-ORI-\d{8}-[0-9A-Z]{4}-[0-9A-Z]$/);
});
