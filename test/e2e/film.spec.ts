import { expect, test, type Page } from "@playwright/test";
import {
  accessibilityViolations,
  filmReady,
  filmWatchedLine,
  holdBack,
  languages,
  readQuestions,
  answerRight,
  seedProgress,
  shownShare,
  watchFilmThrough,
  type Lang,
} from "./helpers";
import { cachedUrls, workerInCharge } from "./offline-helpers";
import { fill } from "../../src/i18n/format";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * "What they carry", the film of "Empathy in practice", as a learner meets it: it plays, speaks
 * the page's language, seeks from its transcript, pauses for a question, and counts once it has
 * really been watched. Chromium here may lack H.264, so the WebM is the one that plays.
 */

const moduleId = "empathy-in-practice";
const path = (lang: Lang = "en") => `${languages[lang].prefix}/modules/${moduleId}/`;
const ui = languages.en.ui.film;

/** What the stored record holds for the film and its checkpoint quiz. */
const stored = (page: Page) =>
  page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key) ?? "{}");
    return {
      film: record.films?.empathy as { share: number; watchedAt?: string } | undefined,
      checkpoint: record.quizzes?.["empathy-film"],
      status: record.modules?.["empathy-in-practice"]?.status as string | undefined,
    };
  }, PROGRESS_KEY);

const play = (page: Page, from: number, rate = 1) =>
  page.locator("figure video").evaluate(
    async (video: HTMLVideoElement, [start, speed]) => {
      video.muted = true;
      // As a learner can: the timeline is there once the film's metadata has loaded.
      if (video.readyState === 0) {
        video.load();
        await new Promise((resolve) =>
          video.addEventListener("loadedmetadata", resolve, { once: true }),
        );
      }
      video.playbackRate = speed!;
      video.currentTime = start!;
      return video.play();
    },
    [from, rate],
  );

test("the film plays in Chromium, from its WebM, with no request beyond the site", async ({
  page,
}) => {
  const others: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost")) others.push(request.url());
  });
  await page.goto(path());
  const video = await filmReady(page);
  await expect(page.getByText("Running time 2:00").first()).toBeVisible();
  await expect(video).not.toHaveAttribute("autoplay");
  await play(page, 0);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeGreaterThan(0.5);
  expect(await video.evaluate((element: HTMLVideoElement) => element.currentSrc)).toMatch(
    /\/films\/empathy\/film\.webm$/,
  );
  expect(await video.evaluate((element: HTMLVideoElement) => element.error)).toBeNull();
  expect(others).toEqual([]);
});

for (const lang of ["en", "fr"] as const) {
  test(`captions speak the page's language (${lang})`, async ({ page }) => {
    await page.goto(path(lang));
    const video = await filmReady(page);
    await play(page, 0);
    const first = lang === "en" ? "Every day, you meet people" : "Chaque jour, vous croisez";
    await expect
      .poll(() =>
        video.evaluate((element: HTMLVideoElement) => {
          const showing = [...element.textTracks].find((track) => track.mode === "showing");
          const cue = showing?.activeCues?.[0] as VTTCue | undefined;
          return `${showing?.language}: ${cue?.text ?? ""}`;
        }),
      )
      .toContain(`${lang}: ${first}`);
  });
}

test("a transcript line seeks the film to its time; chapters do too", async ({ page }) => {
  await page.goto(path());
  const video = await filmReady(page);
  await page.getByText(`${ui.transcript}: What they carry`).click();
  await expect(page.getByText("Nobody has said his name all week.")).toBeVisible();
  await page.getByRole("link", { name: fill(ui.seekTo, { time: "1:18" }) }).click();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeGreaterThanOrEqual(78);
  await page
    .getByRole("navigation", { name: `${ui.chapters}: What they carry` })
    .getByRole("link", { name: /At the next desk/ })
    .click();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => Math.floor(element.currentTime)))
    .toBeGreaterThanOrEqual(86);
  await video.evaluate((element: HTMLVideoElement) => element.pause());
});

test("descriptions are read into a live region when the learner turns them on", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (/\/quiz-data\/en\/.+\.json$/.test(request.url())) fetched.push(request.url());
  });
  const response = await page.goto(path());
  // The player's island carries no description: it reads them from the page's data file as it
  // hydrates (the transcript, static HTML, still gives them in brackets).
  const html = (await response!.text()).replaceAll("&quot;", '"');
  const island = html.match(/<astro-island[^>]*component-url="[^"]*\/FilmPlayer\.[^>]*>/)?.[0];
  expect(island).toContain('"filmId":[0,"empathy"]');
  expect(island).not.toContain("checking his watch");
  expect(island).not.toContain("descriptions");
  await filmReady(page);
  expect(fetched).toEqual([
    expect.stringMatching(/\/quiz-data\/en\/empathy-in-practice\.[0-9a-f]{12}\.json$/),
  ]);
  const describe = page.getByRole("button", { name: ui.describe });
  await expect(describe).toHaveAttribute("aria-pressed", "false");
  await describe.click();
  await expect(describe).toHaveAttribute("aria-pressed", "true");
  await play(page, 18);
  await expect(page.locator("[aria-live=polite]").filter({ hasText: "On screen:" })).toContainText(
    "a man in work overalls, checking his watch",
  );
});

test("when the page's data file cannot load, the film still plays and counts, and says the descriptions did not come", async ({
  page,
}) => {
  await page.route(/\/quiz-data\/en\/.+\.json$/, (route) => route.abort("internetdisconnected"));
  await page.goto(path());
  await filmReady(page);
  await expect(page.getByRole("status").filter({ hasText: ui.describeFailed })).toBeVisible();
  await expect(page.getByRole("button", { name: ui.describe })).toHaveCount(0);
  await play(page, 10, 4);
  await expect.poll(async () => (await stored(page)).film?.share ?? 0).toBeGreaterThan(0);
  await page.locator("figure video").evaluate((element: HTMLVideoElement) => element.pause());
});

test("the checkpoint pauses the film, and its answer is saved like any quiz answer", async ({
  page,
}) => {
  await page.goto(path());
  const video = await filmReady(page);
  await play(page, 57);
  const heading = page.getByRole("heading", { name: fill(ui.checkpoint, { time: "1:00" }) });
  await expect(heading).toBeVisible({ timeout: 10_000 });
  await expect(heading).toBeFocused();
  expect(await video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
  const [question] = readQuestions("empathy-film");
  await answerRight(page, question!);
  await expect.poll(async () => (await stored(page)).checkpoint?.passed).toBe(true);
  await page.getByRole("button", { name: ui.resume }).click();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.paused))
    .toBe(false);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("played through at 16 times the speed, the film counts, and still does after a reload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(path());
  await watchFilmThrough(page, moduleId);
  // At 16 times the speed on a busy machine, a few ticks may come too late to count: 90% is the rule.
  expect((await stored(page)).film?.share).toBeGreaterThanOrEqual(0.9);
  await page.reload();
  await filmReady(page);
  const share = (await stored(page)).film!.share;
  await expect(
    page.getByText(fill(ui.watchedEnough, { share: shownShare(Math.floor(share * 100) / 100) })),
  ).toBeVisible();
  await expect(page.getByText(fill(ui.required, { share: "90%" }))).toHaveCount(0);
});

test("a film played before its player's code has come counts what was played", async ({ page }) => {
  // The player's code held back: the film plays a while before the island hydrates.
  const letTheCodeCome = await holdBack(page, "FilmPlayer");
  await page.goto(path());
  const video = page.locator("figure video");
  await video.scrollIntoViewIfNeeded();
  await play(page, 0, 4);
  // The player's island, as the server wrote it and then hydrated: the one saying what was watched.
  expect(await page.locator("astro-island[ssr]", { hasText: filmWatchedLine }).count()).toBe(1);
  // Eight seconds of film (two at four times the speed) before the code may come.
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
    .toBeGreaterThan(8);
  letTheCodeCome();
  await expect(
    page.locator("astro-island:not([ssr])", { hasText: filmWatchedLine }),
  ).toBeAttached();
  await page.waitForTimeout(500);
  const at = await video.evaluate(
    (element: HTMLVideoElement) => (element.pause(), element.currentTime / element.duration),
  );
  // From the start: what played before the player hydrated counts too.
  await expect.poll(async () => (await stored(page)).film?.share ?? 0).toBeGreaterThan(at - 0.03);
  expect((await stored(page)).film!.share).toBeLessThanOrEqual(at + 0.01);
});

test("skipping to the end does not count as watching", async ({ page }) => {
  await page.goto(path());
  const video = await filmReady(page);
  await play(page, 112, 4);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.ended), { timeout: 10_000 })
    .toBe(true);
  await expect.poll(async () => (await stored(page)).film?.share).toBeGreaterThan(0);
  expect((await stored(page)).film!.share).toBeLessThan(0.1);
  await expect(page.getByText(fill(ui.required, { share: "90%" }))).toBeVisible();
  await expect(page.getByText(fill(ui.watched, { share: shownShare(0.06) }))).toBeVisible();
  // The question it skipped is shown all the same, without stopping anything.
  await expect(
    page.getByRole("heading", { name: fill(ui.checkpoint, { time: "1:00" }) }),
  ).toBeVisible();
});

test("a module that requires its film is not complete until the film is watched", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const passed = { answers: {}, attempts: 1, bestScore: 1, lastScore: 1, passed: true };
  await seedProgress(page, {
    version: 3,
    modules: { [moduleId]: { status: "in-progress" } },
    quizzes: { "empathy-in-practice": passed, "empathy-film": passed },
    reflections: {},
  });
  await page.goto(path());
  const status = page.locator("article header");
  await expect(status.getByText(languages.en.ui.common.inProgress)).toBeVisible();
  // Both quizzes are passed, so the checkpoint is not asked again: the film plays straight on.
  const video = await filmReady(page);
  await play(page, 0, 16);
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.ended), { timeout: 20_000 })
    .toBe(true);
  await expect(status.getByText(languages.en.ui.common.completed)).toBeVisible();
  expect((await stored(page)).status).toBe("completed");
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("the film's page shows its poster, transcript and a notice instead of a broken player", async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    await page.goto(path());
    await workerInCharge(page);
    await context.setOffline(true);
    await page.reload();
    const video = await filmReady(page);
    await expect(page.getByText(ui.offline)).toBeVisible();
    await expect(video).toHaveAttribute("poster", "/films/empathy/poster.jpg");
    // The poster came from the offline copy; the film itself was never stored.
    const cached = await cachedUrls(page);
    expect(
      cached.filter((url) => url.includes("/films/")).map((url) => new URL(url).pathname),
    ).toEqual(["/films/empathy/poster.jpg"]);
    await expect(page.getByText("Nobody has said his name all week.")).toBeVisible();
  });
});

test("search finds words that are only in the film's transcript", async ({ page }) => {
  await page.goto("/search/");
  const field = page.getByRole("main").getByRole("searchbox");
  await field.fill("porter trolley");
  await expect(
    page.getByRole("main").getByRole("link", { name: /Empathy in practice/ }),
  ).toBeVisible();
});
