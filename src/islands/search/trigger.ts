import { isSearchShortcut } from "./shortcuts";
import type { IslandStrings } from "../../i18n/browser/client";

/**
 * Turn the header's link to /search/ into a button that opens the search dialog, and listen for
 * "/" and Ctrl/Cmd-K. Only this runs on page load: the dialog, its words and styles, Preact and
 * Pagefind load on the first open. If they cannot load, the learner lands on the search page instead.
 */
export function setUpSearchTrigger(): void {
  const link = document.querySelector<HTMLAnchorElement>("[data-search-link]");
  const button = document.querySelector<HTMLButtonElement>("[data-search-button]");
  if (!link || !button) return;
  link.hidden = true;
  button.hidden = false;

  // The dialog's words, beside the search page in the page's language: fetched once, on first
  // use, rather than carried in every page's header.
  let words: Promise<IslandStrings> | undefined;
  const searchStrings = () =>
    (words ??= fetch(new URL("strings.json", link.href)).then((response) =>
      response.ok
        ? (response.json() as Promise<IslandStrings>)
        : Promise.reject(new Error(`${response.status}`)),
    ));

  const open = async () => {
    const focused = document.activeElement;
    // A shortcut pressed inside the open dialog keeps the original place to return to.
    const returnTo =
      focused instanceof HTMLElement && focused !== document.body
        ? focused.closest("dialog[open]")
          ? undefined
          : focused
        : button;
    // Keys typed while the search code loads belong in the search field, not lost.
    let typed = "";
    const keepTyped = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed += event.key;
      event.preventDefault();
    };
    document.addEventListener("keydown", keepTyped, true);
    try {
      const [{ openSearch, styled }, strings] = await Promise.all([
        import("./open"),
        searchStrings(),
      ]);
      await styled;
      openSearch(returnTo, typed, strings);
    } catch {
      location.assign(link.href);
    } finally {
      document.removeEventListener("keydown", keepTyped, true);
    }
  };

  button.addEventListener("click", () => void open());
  document.addEventListener("keydown", (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    void open();
  });
}
