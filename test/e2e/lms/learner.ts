import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, type FrameLocator, type Page } from "@playwright/test";
import {
  answerRight,
  checkpointQuizIdsOf,
  courseTrackName,
  languages,
  mapHydrated,
  quizIdsOf,
  readQuestions,
  trackInOrder,
  watchFilmThrough,
  type Lang,
  type PageOrFrame,
} from "../helpers";
import { fill } from "../../../src/i18n/format";
import { courseFrameTitle } from "./server";

/* A learner inside a package's frame, moving as they would: by the map's links, never by address. */

/** Open the module the home page's button leads to and answer it right; its id, or null when all are done. */
export async function completeNextModule(site: FrameLocator): Promise<string | null> {
  await mapHydrated(site);
  const next = site.getByRole("link", { name: /^(Start|Continue): / });
  if ((await next.count()) === 0) return null;
  const moduleId = (await next.getAttribute("href"))!.match(/modules\/([^/]+)\//)![1]!;
  await next.click();
  // A module with a film: the package carries it, and it counts only once watched.
  if (checkpointQuizIdsOf(moduleId).length > 0) await watchFilmThrough(site, moduleId);
  for (const quizId of quizIdsOf(moduleId)) {
    for (const question of readQuestions(quizId)) await answerRight(site, question);
  }
  await expect(site.locator("article header").getByText("Completed")).toBeVisible();
  return moduleId;
}

/** Follow the home page's button through every module of the track, back to the map each time. */
export async function completeTrack(site: FrameLocator, track: readonly string[]) {
  for (let step = 0; step <= track.length; step++) {
    if ((await completeNextModule(site)) === null) return;
    await site
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "Learning map" })
      .click();
  }
}

/** The course's frame on the test LMS's page (test/e2e/lms/server.ts): the package's launch page. */
export const lmsCourseFrame = (page: Page) =>
  page.getByTitle(courseFrameTitle, { exact: true }).contentFrame();

/**
 * The site inside a package's launch page: the frame the launch page titles with the course and
 * the track, in the language it speaks to the learner (src/lms/LaunchPage.astro).
 */
export function packagedSite(
  launchPage: Page | FrameLocator,
  track = "orientation",
  lang: Lang = "en",
): FrameLocator {
  const file = lang === "en" ? "content/course.yaml" : `content/${lang}/course.yaml`;
  const course = parse(readFileSync(file, "utf8")) as {
    title: string;
    tracks: { id: string; name: string }[];
  };
  const name = course.tracks.find((candidate) => candidate.id === track)!.name;
  return launchPage.getByTitle(`${course.title}: ${name}`, { exact: true }).contentFrame();
}

const map = languages.en.ui.map;

/** The map's first card: the region named "Your track" and the track's name. */
export const trackHero = (site: PageOrFrame, track = "orientation") =>
  site.getByRole("region", { name: `${map.yourTrack} ${courseTrackName(track)}`, exact: true });

/** A module's stop on the map's road ("<track>, step by step"), found by its linked title. */
export function roadStop(site: PageOrFrame, moduleId: string, track = "orientation") {
  const title = trackInOrder(track).find((module) => module.id === moduleId)!.title;
  return site
    .getByRole("region", {
      name: fill(map.roadLabel, { track: courseTrackName(track) }),
      exact: true,
    })
    .getByRole("listitem")
    .filter({ has: site.getByRole("link", { name: title, exact: true }) });
}
