import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test, type Page } from "@playwright/test";
import { fill } from "../../src/i18n/format";
import {
  violationsLightAndDark,
  answersOf,
  completeModule,
  modulesOfTrack,
  languages,
  questionGroup,
  readQuiz,
  type Lang,
} from "./helpers";

/*
 * One learner, two languages: progress is kept under ids that both languages share, so an
 * answer given in English is there in French, and a module finished in French is done in
 * English. The language switcher goes to the same page in the other language.
 */

const { en, fr } = { en: languages.en.ui, fr: languages.fr.ui };

/** Where a language's course file and modules are. */
const contentIn = (lang: Lang) => (lang === "en" ? "content" : `content/${lang}`);

/** A track's name in a language, as its course file gives it. */
function trackName(track: string, lang: Lang) {
  const course = parse(readFileSync(`${contentIn(lang)}/course.yaml`, "utf8")) as {
    tracks: { id: string; name: string }[];
  };
  return course.tracks.find((candidate) => candidate.id === track)!.name;
}

/** A module's stop on the map's road of the orientation track, found by its title in `lang`. */
function orientationStop(page: Page, moduleId: string, lang: Lang) {
  const mdx = readFileSync(`${contentIn(lang)}/modules/${moduleId}.mdx`, "utf8");
  const title = parse(mdx.split(/^---$/m)[1]!).title as string;
  const road = fill(languages[lang].ui.map.roadLabel, { track: trackName("orientation", lang) });
  return page
    .getByRole("region", { name: road, exact: true })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

test("an answer given in English shows, with its status, once the learner switches to French", async ({
  page,
}) => {
  const english = readQuiz("why-customer-focus").questions[0]!;
  const french = readQuiz("why-customer-focus", "fr").questions[0]!;
  await page.goto("/modules/why-customer-focus/");
  const group = await questionGroup(page, english.prompt);
  await group.getByRole("radio", { name: answersOf(english).wrong }).check();
  await group.getByRole("button", { name: en.quiz.check }).click();
  await expect(group.getByText(en.quiz.verdictIncorrect)).toBeVisible();

  await page.getByRole("link", { name: fr.layout.switchToLong }).click();
  await expect(page).toHaveURL(/\/fr\/modules\/why-customer-focus\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("article header").getByText(fr.common.inProgress)).toBeVisible();
  // A screen reader hears the badge named, in French: "Statut : En cours" (the accessibility
  // tree gives the non-breaking space as a space).
  const spoken = (text: string) => text.replace(/\s+/g, " ");
  expect(spoken(await page.locator("article header").ariaSnapshot())).toContain(
    spoken(
      fill(fr.punctuation.labelled, { label: fr.dashboard.status, value: fr.common.inProgress }),
    ),
  );
  const frenchGroup = await questionGroup(page, french.prompt);
  await expect(frenchGroup.getByText(fr.quiz.verdictIncorrect)).toBeVisible();
  await expect(frenchGroup.getByRole("radio", { name: answersOf(french).wrong })).toBeChecked();
});

test("a module finished in French is done on the English map, and the choice of French is remembered", async ({
  page,
}) => {
  await completeModule(page, "how-this-course-works", "fr");
  await page.getByRole("link", { name: en.layout.switchToLong }).click();
  await expect(page).toHaveURL(/\/modules\/how-this-course-works\/$/);
  await page.getByRole("link", { name: en.layout.map, exact: true }).first().click();
  const node = orientationStop(page, "how-this-course-works", "en");
  await expect(node.getByText(en.map.stateDone, { exact: true })).toBeVisible();

  // Choosing French in the switcher sends the next visit to the map to the French one.
  await page.getByRole("link", { name: fr.layout.switchToLong }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(
    orientationStop(page, "how-this-course-works", "fr").getByText(fr.map.stateDone, {
      exact: true,
    }),
  ).toBeVisible();
});

test("a first visit to the map follows the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-CA" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.mapPage.heading);
  await context.close();
});

test("search on a French page finds French pages", async ({ page }) => {
  await page.goto("/fr/");
  await page.getByRole("button", { name: fr.search.open }).click();
  const dialog = page.getByRole("dialog", { name: fr.search.open });
  await dialog.getByRole("searchbox", { name: fr.search.label }).fill("carte d’empathie");
  const results = dialog.getByRole("list", { name: fr.search.resultsLabel });
  await expect(results.getByRole("link").first()).toBeVisible();
  const hrefs = await results
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => href.startsWith("/fr/"))).toBe(true);
});

for (const path of [
  "/fr/",
  "/fr/modules/why-customer-focus/",
  "/fr/progress/",
  "/fr/review/",
  "/fr/certificate/orientation/",
  "/fr/verify/",
  "/fr/glossary/",
  "/fr/search/",
  "/fr/404/",
]) {
  test(`${path} has no accessibility violations, light and dark`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violationsLightAndDark(page)).toEqual([]);
  });
}

test("a French quiz with feedback showing has no accessibility violations, light and dark", async ({
  page,
}) => {
  const question = readQuiz("why-customer-focus", "fr").questions[0]!;
  await page.goto("/fr/modules/why-customer-focus/");
  const group = await questionGroup(page, question.prompt);
  await group.getByRole("radio", { name: answersOf(question).wrong }).check();
  await group.getByRole("button", { name: fr.quiz.check }).click();
  await expect(group.getByText(fr.quiz.verdictIncorrect)).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test("a francophone learner does the orientation track, its review and its certificate in French, and the code is the same in English", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const track = modulesOfTrack("orientation");
  for (const moduleId of track) await completeModule(page, moduleId, "fr");

  await page.goto("/fr/");
  await expect(page.getByRole("link", { name: fr.map.getCertificate })).toBeVisible();
  await page.goto("/fr/review/");
  await expect(page.getByText(fr.review.nothing)).toBeVisible();

  await page.goto("/fr/progress/");
  const orientation = page.getByRole("region", {
    name: trackName("orientation", "fr"),
    exact: true,
  });
  await orientation.getByRole("link", { name: fr.dashboard.openCertificate }).click();
  await expect(page).toHaveURL(/\/fr\/certificate\/orientation\/$/);
  await expect(page.getByRole("heading", { name: fr.certificate.heading })).toBeVisible();
  await page.getByLabel(fr.certificate.nameLabel).fill("Camille Tremblay");
  const certificate = page.getByRole("article", { name: fr.certificate.heading });
  // The track's modules: the certificate's one list, as no team activity was run.
  await expect(certificate.getByRole("listitem")).toHaveCount(track.length);
  // The date in French words, as the learner's language writes it, on the line that says when.
  const today = new Intl.DateTimeFormat("fr", { day: "numeric", month: "long", year: "numeric" });
  await expect(
    certificate.getByRole("paragraph").filter({ hasText: fr.certificate.completedBefore }),
  ).toContainText(today.format(new Date()));
  const code = await certificate.getByRole("code").textContent();
  expect(code).toMatch(/^CX-ORI-\d{8}-[0-9A-Z]{4}-[0-9A-Z]$/);

  await page.getByRole("link", { name: en.layout.switchToLong }).click();
  await expect(page.getByRole("heading", { name: en.certificate.heading })).toBeVisible();
  const english = page.getByRole("article", { name: en.certificate.heading });
  await expect(english.getByText("Camille Tremblay", { exact: true })).toBeVisible();
  await expect(english.getByRole("code")).toHaveText(code!);
});
