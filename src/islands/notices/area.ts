import { $progressNotices } from "../../stores/progress";
import { $courseUpdate, $offline, startOfflineSupport } from "../offline/worker";
import { stringsWith } from "../../i18n/browser/page-strings";

/*
 * The notices area (Base.astro; src/islands/page.ts starts it), on every page: notices about
 * the learner's stored progress, then the offline and new-version notices. A plain script, not
 * an island. The notices' code (./list.ts) and words (the language's file of fetched strings)
 * load side by side the first time there is one to show, which on most visits there is not.
 * The service worker starts once the page is idle, so nothing waits for it.
 */

/** Run `task` when the page is idle, or soon where the browser cannot say. */
const whenIdle = (task: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(task) : setTimeout(task, 200);

/**
 * Make `region`'s children `wanted`, in order. Notices still shown keep their element (and the
 * focus in it): only those gone are removed, and new ones put in their place.
 */
function place(region: HTMLElement, wanted: Element[]): void {
  for (const child of [...region.children]) if (!wanted.includes(child)) child.remove();
  wanted.forEach((notice, at) => {
    const there = region.children[at] ?? null;
    if (there !== notice) region.insertBefore(notice, there);
  });
}

/** Show the learner's notices in `region` as they come and go. */
export function showNotices(region: HTMLElement): void {
  whenIdle(startOfflineSupport);
  let list: Promise<typeof import("./list")> | undefined;
  const load = () =>
    (list ??= Promise.all([import("./list"), stringsWith("notices")]).then(([code]) => code));
  const render = () => {
    const none = !$progressNotices.get().length && !$offline.get() && !$courseUpdate.get();
    if (none && !list) return;
    load().then(
      // What the stores hold once the code is here: a change made meanwhile shows too.
      ({ noticesFor }) =>
        place(
          region,
          noticesFor($progressNotices.get(), $offline.get(), $courseUpdate.get(), render),
        ),
      // Not loaded (offline after the site changed): the next change tries again.
      () => (list = undefined),
    );
  };
  // Inside an LMS package no worker keeps the site's files: once the connection drops, the
  // notices' code and words could no longer load to say so. Fetch them while it still works.
  if (document.documentElement.dataset.siteRoot !== undefined)
    whenIdle(() => load().catch(() => (list = undefined)));
  $progressNotices.listen(render);
  $offline.listen(render);
  $courseUpdate.listen(render);
  render();
}
