import { render } from "preact";
import { SearchDialog } from "./SearchDialog";
import { useStrings, type IslandStrings } from "../../i18n/browser/client";
import panelStyles from "../../styles/search-panel.css?url";
import { loadStylesheet } from "../stylesheet";

/**
 * The dialog's styles, loaded with its code rather than carried by every page, and in place
 * before it first shows. (A stylesheet imported by a script only the browser loads never
 * reaches the built site: its address is imported, and the worker precaches the file.)
 */
export const styled = loadStylesheet(panelStyles);

let host: HTMLElement | undefined;
let requests = 0;
let returnTo: HTMLElement = document.body;

/**
 * Open the search dialog, creating it on first use; later calls re-open the same one. Without
 * returnFocusTo (a shortcut pressed inside the dialog), focus still goes back where it came from.
 * Text typed while the dialog loaded starts the search. Its words are the trigger's (the page's).
 */
export function openSearch(returnFocusTo?: HTMLElement, typed = "", strings?: IslandStrings): void {
  if (strings) useStrings(strings);
  host ??= document.body.appendChild(document.createElement("div"));
  returnTo = returnFocusTo ?? returnTo;
  requests += 1;
  render(<SearchDialog openRequest={requests} returnFocusTo={returnTo} typed={typed} />, host);
}
