import { atom } from "nanostores";

/*
 * The service worker, from the page's side: registered once the page is idle, so nothing waits
 * for it, and never inside an LMS package (the package build sets data-site-root on <html>),
 * where the LMS owns the addresses. A new version waits until the learner accepts it; only then
 * does it take over, and the page reloads, so no page mixes old and new files. This file is in
 * every page's shared script: keep it small, and keep the notices' code and words out of it.
 */

/** True while the browser says it has no network. */
export const $offline = atom(false);

/**
 * A newer version of the course: "ready" when it waits for the learner, "elsewhere" when the
 * learner accepted it in another tab and this page is still the old one.
 */
export const $courseUpdate = atom<"ready" | "elsewhere" | undefined>();

let waitingWorker: ServiceWorker | undefined;
let accepted = false;

/** Follow the connection, and register the worker unless the page is inside a package. */
export function startOfflineSupport() {
  const showConnection = () => $offline.set(!navigator.onLine);
  showConnection();
  addEventListener("online", showConnection);
  addEventListener("offline", showConnection);

  const workers = navigator.serviceWorker;
  if (!workers || document.documentElement.dataset.siteRoot !== undefined) return;
  // A first visit has no worker yet: the one it installs is not an update.
  const wasControlled = !!workers.controller;
  workers.addEventListener("controllerchange", () => {
    if (accepted) location.reload();
    else if (wasControlled) {
      // Another tab accepted: the worker this page waited for is in charge, and this page is old.
      waitingWorker = undefined;
      $courseUpdate.set("elsewhere");
    }
  });
  const offer = (worker: ServiceWorker | null) => {
    if (!worker || !workers.controller) return;
    waitingWorker = worker;
    $courseUpdate.set("ready");
  };
  workers.register(`${import.meta.env.BASE_URL}sw.js`).then(
    (registration) => {
      offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed") offer(installing);
        });
      });
    },
    // A server that cannot serve the worker: the site works online as it always has.
    () => {},
  );
}

/** The learner accepts the new version: it takes over, and the page reloads into it. */
export function acceptUpdate() {
  accepted = true;
  if (waitingWorker) waitingWorker.postMessage({ type: "SKIP_WAITING" });
  else location.reload();
}
