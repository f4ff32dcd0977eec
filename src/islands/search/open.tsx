import { render } from "preact";
import { SearchDialog } from "./SearchDialog";

let host: HTMLElement | undefined;
let requests = 0;
let returnTo: HTMLElement = document.body;

/**
 * Open the search dialog, creating it on first use; later calls re-open the same one. Without
 * returnFocusTo (a shortcut pressed inside the dialog), focus still goes back where it came from.
 * Text typed while the dialog loaded starts the search.
 */
export function openSearch(returnFocusTo?: HTMLElement, typed = ""): void {
  host ??= document.body.appendChild(document.createElement("div"));
  returnTo = returnFocusTo ?? returnTo;
  requests += 1;
  render(<SearchDialog openRequest={requests} returnFocusTo={returnTo} typed={typed} />, host);
}
