import { expect, test } from "@playwright/test";
import { accessibilityViolations, courseTrackName, modulesOfTrack, seedProgress } from "./helpers";

/*
 * My progress on a phone: a summary first (one card per track), every module listed once, and
 * nothing wider than the screen.
 */

test.use({ viewport: { width: 390, height: 844 } });

const orientation = modulesOfTrack("orientation");

test("My progress on a phone: track cards first, no sideways scroll, no module listed twice", async ({
  page,
}) => {
  await seedProgress(page, {
    version: 3,
    modules: Object.fromEntries(
      orientation.map((id) => [
        id,
        {
          status: "completed",
          firstVisit: "2026-11-20T09:00:00.000Z",
          completedAt: "2026-11-24T12:00:00.000Z",
        },
      ]),
    ),
    quizzes: {},
    reflections: {},
    activeSeconds: Object.fromEntries(orientation.map((id) => [id, 600])),
  });
  await page.goto("/progress/");
  const card = page
    .getByRole("region", { name: "Your tracks" })
    .getByRole("region", { name: courseTrackName("orientation"), exact: true });
  await expect(
    card.getByRole("img", { name: new RegExp(`${orientation.length} of ${orientation.length}`) }),
  ).toBeVisible();
  await expect(card.getByRole("link", { name: "Open your certificate" })).toBeVisible();
  // The summary comes first: the track cards sit above the modules' list.
  const cardTop = (await card.boundingBox())!.y;
  const modulesTop = (await page.getByRole("heading", { name: "Your modules" }).boundingBox())!.y;
  expect(cardTop).toBeLessThan(modulesTop);

  const main = page.getByRole("main");
  // Hidden links too, as a wider screen may show them: a module is listed once in all.
  const moduleLinks = await main
    .getByRole("link", { includeHidden: true })
    .evaluateAll((links) =>
      links
        .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
        .filter((path) => path.includes("/modules/")),
    );
  expect(moduleLinks.length).toBeGreaterThan(0);
  expect(moduleLinks.length).toBe(new Set(moduleLinks).size);

  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(await accessibilityViolations(page)).toEqual([]);
});
