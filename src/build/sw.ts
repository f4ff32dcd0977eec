import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { registerRoute } from "workbox-routing";

/*
 * The service worker's source (it runs in the browser, in the worker's scope). It is bundled
 * once per version of this file and of Workbox (./service-worker.ts keeps the bundle), and
 * every build puts the precache list where `self.__WB_MANIFEST` stands.
 */

// The worker's global scope, as far as this file uses it: the DOM types do not describe it.
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: "cx-learning-map" });

// Updates wait: the new worker installs beside the old one and takes over only when the learner
// accepts the notice (src/islands/offline/worker.ts posts SKIP_WAITING).
worker.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") void worker.skipWaiting();
});

// On a first visit there is nothing older to mix with: control the open page at once, so its
// search and its quiz's code work offline without a reload.
clientsClaim();

// A static site serves the same file whatever the query (?track=… on the map, Pagefind's ?ts=…).
// Spelled out as `self.__WB_MANIFEST`: the build looks for these very words.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

// Offline, "/modules/<id>" (no trailing slash, as people type it) must do what the server does
// online: redirect to "/modules/<id>/", whose page the worker holds. Only navigations to a path
// without a file extension.
registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin &&
    request.mode === "navigate" &&
    !url.pathname.endsWith("/") &&
    !/\.[^/]*$/.test(url.pathname),
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
    }
  },
  "GET",
);
