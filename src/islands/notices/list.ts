import { dismissNotice, type ProgressNotice } from "../../stores/progress";
import { pageStrings } from "../../i18n/browser/page-strings";
import type { UiStrings } from "../../i18n/en";
import { siteHref } from "../../lib/site-url";
import { downloadJson } from "../progress/download";

/*
 * The notices themselves, each in words rather than colour alone, with their actions: loaded
 * by the notices area (./area.ts) only when there is one to show. Nothing here reloads on its
 * own: the learner chooses when. Their words are the "notices" group of src/i18n/<lang>.ts,
 * which the area fetches with this code (src/i18n/build/index.ts, fetchedStrings).
 */

/** A new element with these attributes and children. */
function element(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** A button of the design system's that does `act` when pressed. */
function button(secondary: boolean, words: string, act: () => unknown, label?: string) {
  const made = element(
    "button",
    { type: "button", class: secondary ? "button button-secondary" : "button" },
    words,
  );
  if (label) made.setAttribute("aria-label", label);
  made.addEventListener("click", () => void act());
  return made;
}

/** A notice's frame: its words and actions inside. */
const notice = (id: string, ...body: HTMLElement[]) =>
  element("div", { class: "notice progress-notice", "data-notice": id }, ...body);

/** The learner accepts the new version: it takes over, then the page reloads into it. */
async function acceptUpdate() {
  const workers = navigator.serviceWorker;
  const waiting = (await workers.getRegistration())?.waiting;
  // Accepted in another tab already: the new version is in charge, this page only needs a reload.
  if (!waiting) return location.reload();
  workers.oncontrollerchange = () => location.reload();
  waiting.postMessage({ type: "SKIP_WAITING" });
}

/** The notices' words: the page has fetched them before it loads this (./area.ts). */
let words: UiStrings["notices"];

/** The words and actions of one progress notice. */
function progressBody(shown: ProgressNotice): HTMLElement[] {
  switch (shown.id) {
    case "set-aside":
      return [
        element("p", {}, shown.copy.reason === "repaired" ? words.repaired : words.unreadable),
        button(true, words.downloadSetAside, () =>
          downloadJson(
            shown.copy.text,
            `cx-progress-set-aside-${shown.copy.setAsideAt.slice(0, 10)}.json`,
          ),
        ),
      ];
    case "newer-version":
      return [element("p", {}, words.newer)];
    case "not-kept":
      return [
        element(
          "p",
          {},
          `${shown.reason === "full" ? words.full : words.refused} ${words.stillBefore} `,
          element(
            "a",
            { href: siteHref(`${pageStrings().page?.prefix ?? ""}/progress/`) },
            words.exportLink,
          ),
          ` ${words.stillAfter}`,
        ),
      ];
  }
}

/** Each element made once: a notice still shown keeps it. */
const made = new WeakMap<ProgressNotice, HTMLElement>();
let offlineNotice: HTMLElement | undefined;
let updateNotice: { kind: string; shown: HTMLElement } | undefined;
/** "Later": the new-version notice stays hidden for the rest of this page's life. */
let later = false;

/**
 * The notices to show, in order: the progress notices, each with a way to dismiss it; being
 * offline; a new version, "ready" for the learner to reload into (now or later) or "elsewhere",
 * accepted in another tab. `changed` shows them again after "Later".
 */
export function noticesFor(
  notices: readonly ProgressNotice[],
  offline: boolean,
  update: "ready" | "elsewhere" | undefined,
  changed: () => void,
): HTMLElement[] {
  words ??= pageStrings().notices!;
  const shown = notices.map((each) => {
    let frame = made.get(each);
    if (!frame) {
      frame = notice(
        each.id,
        ...progressBody(each),
        button(true, words.dismiss, () => dismissNotice(each.id), words.dismissLabel),
      );
      made.set(each, frame);
    }
    return frame;
  });
  if (offline) shown.push((offlineNotice ??= notice("offline", element("p", {}, words.offline))));
  if (update && !later) {
    if (updateNotice?.kind !== update) {
      const ready = update === "ready";
      updateNotice = {
        kind: update,
        shown: notice(
          "update",
          element("p", {}, ready ? words.updateReady : words.updatedElsewhere),
          button(false, words.reloadNow, acceptUpdate),
          ...(ready
            ? [
                button(true, words.later, () => {
                  later = true;
                  changed();
                }),
              ]
            : []),
        ),
      };
    }
    shown.push(updateNotice.shown);
  }
  return shown;
}
