import { expect, test, type Page } from "@playwright/test";
import { emptyProgress } from "../../src/lib/record/record";
import { completeModule, mapHydrated, seedProgress, trackInOrder } from "./helpers";

/*
 * The learner's journey on the home page: the hero's one primary button, the chosen track as a
 * road of stops, and the way from each module to the next and to the certificate. Tracks and
 * their order are read from content/, so the tests follow the content.
 */

/** The home page once the map island has applied the learner's progress. */
async function openMap(page: Page, path = "/") {
  await page.goto(path);
  await mapHydrated(page);
}

/** Start the browser with these modules completed, in the store's own record format. */
async function seedCompleted(page: Page, ids: string[], track?: string) {
  const record = emptyProgress();
  for (const id of ids) record.modules[id] = { status: "completed" };
  if (track) record.track = track;
  await seedProgress(page, record);
}

const hero = (page: Page, trackName: string) =>
  page.getByRole("region", { name: `Your track ${trackName}`, exact: true });
const road = (page: Page, trackName: string) =>
  page.getByRole("region", { name: `${trackName}, step by step` });
const stop = (page: Page, trackName: string, title: string) =>
  road(page, trackName).getByRole("listitem").filter({ hasText: title });

for (const [device, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["laptop", { width: 1366, height: 768 }],
] as const) {
  test(`on a ${device}, a first visit shows the primary button above the fold, leading to the default track's first module`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const [first] = trackInOrder("orientation");
    await openMap(page);
    const start = page.getByRole("link", { name: `Start: ${first!.title}` });
    const box = (await start.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await start.click();
    await expect(page).toHaveURL(new RegExp(`/modules/${first!.id}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title);
  });
}

test("a shared leader link leads to the leader track's first module, and the road holds only its stops", async ({
  page,
}) => {
  const leader = trackInOrder("leader");
  await openMap(page, "/?track=leader");
  await expect(
    page.getByRole("heading", { name: "Leader development", exact: true }),
  ).toBeVisible();
  const stops = road(page, "Leader development").getByRole("listitem");
  await expect(stops).toHaveCount(leader.length);
  await expect(stops.first()).toContainText(leader[0]!.title);
  await page.getByRole("link", { name: `Start: ${leader[0]!.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/modules/${leader[0]!.id}/$`));
  // The module page places it in the learner's track.
  await expect(page.getByText(`Step 1 of ${leader.length} · Leader development`)).toBeVisible();
});

test("other tracks' modules wait behind Show all modules", async ({ page }) => {
  const orientation = trackInOrder("orientation");
  const everything = trackInOrder("self-paced");
  await openMap(page);
  const outside = everything.find((module) => !orientation.some((own) => own.id === module.id))!;
  await expect(page.getByRole("link", { name: outside.title, exact: true })).toBeHidden();
  await page.getByText("Show all modules").click();
  await expect(
    page.getByRole("region", { name: "Self-paced" }).getByRole("link", { name: outside.title }),
  ).toBeVisible();
});

test("passing a module's quizzes offers Continue to the next module of the track", async ({
  page,
}) => {
  const [first, second] = trackInOrder("orientation");
  await completeModule(page, first!.id);
  await page.keyboard.press("End");
  const next = page.getByRole("link", { name: `Continue: ${second!.title}` });
  await expect(next).toBeVisible();
  await expect(page.getByRole("heading", { name: /Step 1 of \d+ done/ })).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/modules/${second!.id}/$`));
  // Back on the map, the road has moved on and the hero says Continue.
  await openMap(page);
  await expect(page.getByRole("link", { name: `Continue: ${second!.title}` })).toBeVisible();
});

/**
 * Every module of the orientation track completed but the last, which the learner then completes
 * on its page, its end in view; resolves with the track's modules in order.
 */
async function finishOrientation(page: Page) {
  const orientation = trackInOrder("orientation");
  await seedCompleted(
    page,
    orientation.slice(0, -1).map((module) => module.id),
  );
  await completeModule(page, orientation.at(-1)!.id);
  await page.keyboard.press("End");
  return orientation;
}

test("the last module of a track shows the certificate, and the map's hero then leads to it", async ({
  page,
}) => {
  const orientation = await finishOrientation(page);
  await expect(
    page.getByRole("heading", { name: "You finished New-hire orientation!" }),
  ).toBeVisible();
  const certificate = page.getByRole("link", { name: "Get your certificate" });
  await expect(certificate).toHaveAttribute("href", "/certificate/orientation/");

  await openMap(page);
  await expect(page.getByRole("link", { name: "Get your certificate" })).toHaveAttribute(
    "href",
    "/certificate/orientation/",
  );
  await expect(
    hero(page, "New-hire orientation").getByRole("img", {
      name: `${orientation.length} of ${orientation.length} modules done`,
    }),
  ).toBeVisible();
});

test("when the tracks' file cannot load, the last module's end still says it is done and leads back", async ({
  page,
}) => {
  // The one file every module page names for each track's stops (quiz-data/tracks.<hash>.json).
  await page.route(/\/quiz-data\/tracks\.[0-9a-f]+\.json$/, (route) => route.abort());
  const orientation = await finishOrientation(page);
  await expect(
    page.getByRole("heading", {
      name: `Step ${orientation.length} of ${orientation.length} done`,
    }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to your road" })).toHaveAttribute("href", "/");
  await expect(
    page.getByRole("heading", { name: "You finished New-hire orientation!" }),
  ).toHaveCount(0);
});

test("a done stop looks different from one not started: filled, ticked and named", async ({
  page,
}) => {
  const [first, second, third] = trackInOrder("orientation");
  await seedCompleted(page, [first!.id]);
  await openMap(page);
  const done = stop(page, "New-hire orientation", first!.title);
  const later = stop(page, "New-hire orientation", third!.title);
  await expect(done).toContainText("Done");
  await expect(later).toContainText("After step 2");
  await expect(stop(page, "New-hire orientation", second!.title)).toContainText("Up next");
  const look = (item: typeof done) =>
    item
      .locator("[aria-hidden=true]")
      .first()
      .evaluate((marker) => {
        const style = getComputedStyle(marker);
        return {
          fill: style.backgroundColor,
          border: style.borderStyle,
          icon: marker.querySelector("use")?.getAttribute("href"),
        };
      });
  const doneLook = await look(done);
  const laterLook = await look(later);
  expect(doneLook.fill).not.toBe(laterLook.fill);
  expect(doneLook.icon).toBe("#icon-check");
  expect(laterLook.icon).not.toBe("#icon-check");
  // And as pictures: the two markers do not draw the same.
  const donePicture = await done.locator("[aria-hidden=true]").first().screenshot();
  const laterPicture = await later.locator("[aria-hidden=true]").first().screenshot();
  expect(donePicture.equals(laterPicture)).toBe(false);
});

test("choosing another track is remembered and puts it in the address", async ({ page }) => {
  await openMap(page);
  await page.getByText("Change track").click();
  await page.getByRole("radio", { name: /Leader development/ }).check();
  await expect(page).toHaveURL(/\?track=leader$/);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toContainText(
    "Showing Leader development",
  );
  await openMap(page, "/");
  await expect(road(page, "Leader development")).toBeVisible();
});

test("the keyboard walks the road's stops in order, with visible focus", async ({ page }) => {
  const orientation = trackInOrder("orientation");
  await openMap(page);
  const links = road(page, "New-hire orientation").getByRole("link");
  await links.first().focus();
  const seen: string[] = [];
  for (let index = 0; index < (await links.count()); index++) {
    const focused = page.locator(":focus");
    seen.push((await focused.textContent())!.trim());
    const outline = await focused.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Tab");
  }
  const titles = seen.filter((text) => orientation.some((module) => module.title === text));
  expect(titles).toEqual(orientation.map((module) => module.title));
});

test("on a phone the header is at most 64 px, every control is at least 44 px, and nothing scrolls sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page);
  const header = (await page.getByRole("banner").boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(64);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("a, button, summary, input, select")]
      .filter((element) => element.checkVisibility())
      // Links inside a sentence are text, not targets; the skip link waits off screen.
      .filter((element) => !element.closest("p") && element.getBoundingClientRect().bottom > 0)
      .map((element) => ({
        text: element.textContent?.trim(),
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // The menu opens in place and holds the site's links.
  await page.getByText("Menu", { exact: true }).click();
  await expect(
    page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "My progress" }),
  ).toBeVisible();
});
