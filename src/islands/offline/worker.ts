import { atom } from "nanostores";

/*
 * The service worker, from the page's side: registered once the page is idle, so nothing waits
 * for it, and never inside an LMS package (the package build sets data-site-root on <html>),
 * where the LMS owns the addresses. A new version waits until the learner accepts it
 * (src/islands/notices/list.ts); only then does it take over, and the page reloads, so no page mixes
 * old and new files. This file is in every page's shared script: keep it small, and keep the
 * notices' code and words out of it.
 */

/** True while the browser says it has no network. */
export const $offline = atom(false);

/**
 * A newer version of the course: "ready" when it waits for the learner, "elsewhere" when the
 * learner accepted it in another tab and this page is still the old one.
 */
export const $courseUpdate = atom<"ready" | "elsewhere" | undefined>();

/** Follow the connection, and register the worker unless the page is inside a package. */
export function startOfflineSupport() {
  const showConnection = () => $offline.set(!navigator.onLine);
  showConnection();
  addEventListener("online", showConnection);
  addEventListener("offline", showConnection);

  const workers = navigator.serviceWorker;
  if (!workers || document.documentElement.dataset.siteRoot !== undefined) return;
  // Only a page the old worker served can be left behind; on a first visit the worker that
  // takes control is the first one. Accepting an update replaces this handler with a reload.
  if (workers.controller) workers.oncontrollerchange = () => $courseUpdate.set("elsewhere");
  workers.register(`${import.meta.env.BASE_URL}sw.js`).then(
    (registration) => {
      // A browser that blocks service workers (a policy, an automation setting) may resolve with
      // no registration: nothing to follow then.
      if (!registration) return;
      const offer = () => {
        if (registration.waiting && workers.controller) $courseUpdate.set("ready");
      };
      // The browser looks for a new version on every visit; it may be installing already.
      const follow = () => {
        if (registration.installing) registration.installing.onstatechange = offer;
      };
      offer();
      follow();
      registration.onupdatefound = follow;
    },
    // A server that cannot serve the worker: the site works online as it always has.
    () => {},
  );
}
