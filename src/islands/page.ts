import { showNotices } from "./notices/area";
import { showSaveStatus } from "./progress/save-status";
import { setUpSearchTrigger } from "./search/trigger";
import { rememberLanguageChoice } from "./language";

/*
 * What every page runs as it opens, on the markup Base.astro writes: the header's search button
 * (SearchTrigger.astro) and the language switcher's memory, the notices area (notices about
 * stored progress, being offline, a new version; the offline worker's registration) and the
 * footer's save status. Plain scripts, not islands, in one file: most pages open without
 * Preact, and their code shares the runtime's file (astro.config.mjs).
 */

/** Set up the header's tools, and fill the notices area and the save status. */
export function startPage(): void {
  setUpSearchTrigger();
  rememberLanguageChoice();
  const region = document.querySelector<HTMLElement>(".progress-notices");
  if (region) showNotices(region);
  const line = document.querySelector<HTMLElement>(".save-status");
  if (line) showSaveStatus(line);
}
