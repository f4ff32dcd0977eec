import { expect, type FrameLocator } from "@playwright/test";
import {
  answerRight,
  checkpointQuizIdsOf,
  mapHydrated,
  quizIdsOf,
  readQuestions,
  watchFilmThrough,
} from "../helpers";

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
