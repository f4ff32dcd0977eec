import { $saveState, type SaveState } from "../../stores/progress";
import { dateLocaleFor, pageStrings } from "../../i18n/browser/page-strings";
import type { UiStrings } from "../../i18n/en";

/*
 * The footer's save status (Base.astro; src/islands/page.ts starts it), kept up to date from
 * the progress store. A plain script, not an island: every page shows it, and most open
 * without Preact.
 */

/** One sentence on whether and when progress was saved on this device. */
function describe(state: SaveState, words: UiStrings["save"], lang: string): (Node | string)[] {
  switch (state.kind) {
    case "waiting":
      return [];
    case "saved": {
      if (state.at === undefined || Number.isNaN(Date.parse(state.at))) return [words.nothingYet];
      const time = document.createElement("time");
      time.dateTime = state.at;
      time.textContent = new Intl.DateTimeFormat(dateLocaleFor(lang), {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(state.at));
      return [`${words.lastSaved} `, time, `.${state.kept ? words.kept : ""}`];
    }
    case "not-saved":
      if (state.reason === "newer-version") return [words.newer];
      return [state.reason === "full" ? words.full : words.refused];
  }
}

/** Show in `line` how saving stands, as it changes. */
export function showSaveStatus(line: HTMLElement): void {
  const { save: words, page } = pageStrings();
  if (!words) return;
  $saveState.subscribe((state) => {
    line.dataset.saveState = state.kind;
    line.replaceChildren(...describe(state, words, page?.lang ?? "en"));
  });
}
