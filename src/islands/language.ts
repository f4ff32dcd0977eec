import { LANGUAGE_KEY } from "../vocabulary/record";

/*
 * The learner's choice of language, kept apart from their progress (which is the same in every
 * language): a click on the language switcher stores it, and the map's first-paint script
 * (src/i18n/build/first-visit.ts) reads it.
 */

/** Remember the language a learner picks in the switcher. */
export function rememberLanguageChoice(): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("[data-language-choice]");
    if (!link) return;
    try {
      localStorage.setItem(LANGUAGE_KEY, link.getAttribute("data-language-choice")!);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only, which is fine.
    }
  });
}
