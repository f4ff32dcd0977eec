// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";
import { parse } from "yaml";

/*
 * The service worker that lets the course work offline, written by Workbox over the built site
 * (after Pagefind, so the search index is in it). It precaches what a learner needs for the
 * whole course: every page, script, style and image, and the search with its whole index, so
 * that search works offline for words never searched online. Pagefind's ready-made interfaces
 * (which this site does not use) stay out.
 *
 * Updates wait: the new worker installs beside the old one and takes over only when the learner
 * accepts the notice (the page posts SKIP_WAITING, which Workbox answers), so a page never mixes
 * old and new files.
 *
 *   node scripts/service-worker.mjs [site folder]   the folder defaults to CX_OUT_DIR or dist
 */

/** The worker's file name, at the site's root so that its scope is the whole site. */
export const workerFileName = "sw.js";

/** Pagefind files the site never loads: its own search interfaces, and the index of no language. */
const unusedPagefind = [
  "pagefind/pagefind-ui.*",
  "pagefind/pagefind-component-ui.*",
  "pagefind/pagefind-modular-ui.*",
  "pagefind/pagefind-highlight.js",
  // Every page declares its language, so Pagefind loads that language's WebAssembly only.
  "pagefind/wasm.unknown.pagefind",
];

/**
 * Whether the course file asks for its films offline (offlineFilms: true). Films are large, so
 * by default the offline copy holds their posters only, and the pages show the transcript.
 * @param {string} contentDir
 */
export function offlineFilms(contentDir = process.env.CX_CONTENT_DIR ?? "content") {
  const path = join(contentDir, "course.yaml");
  if (!existsSync(path)) return false;
  return parse(readFileSync(path, "utf8"))?.offlineFilms === true;
}

/**
 * What the worker precaches, for the site built in `siteDir`: shared by the build and the tests
 * (which check that it holds every page and nothing else).
 * @param {string} siteDir
 * @param {boolean} [withFilms] the films too (course.yaml's offlineFilms)
 */
export function precacheConfig(siteDir, withFilms = offlineFilms()) {
  return {
    globDirectory: siteDir,
    globPatterns: [
      "**/*.{html,js,css,json,webmanifest,svg,png,jpg,jpeg,gif,webp,avif,ico,woff2}",
      "pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}",
      ...(withFilms ? ["films/**/*.{webm,mp4,vtt}"] : []),
    ],
    // The app icons are fetched by the browser when the course is installed, never by a page.
    globIgnores: [workerFileName, "icons/**", ...unusedPagefind],
    // Names with a content hash need no revision: a change makes a new name.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_(meta|index|fragment|filter)$/,
    // Large enough for Pagefind's WebAssembly and a big course's index chunks, and a film (≤ 6 MB).
    maximumFileSizeToCacheInBytes: (withFilms ? 8 : 5) * 1024 * 1024,
  };
}

/**
 * Write the worker into `siteDir`; resolves with how many files it precaches and their bytes.
 * @param {string} siteDir
 */
export async function writeServiceWorker(siteDir) {
  const { count, size, warnings } = await generateSW({
    ...precacheConfig(siteDir),
    swDest: resolve(siteDir, workerFileName),
    // A static site serves the same file whatever the query (?track=… on the map, Pagefind's ?ts=…).
    ignoreURLParametersMatching: [/.*/],
    cacheId: "cx-learning-map",
    // Offline, "/modules/<id>" (no trailing slash, as people type it) must do what the server
    // does online: redirect to "/modules/<id>/", whose page the worker holds. Only navigations to
    // a path without a file extension; the function is copied into the worker as written.
    runtimeCaching: [
      {
        urlPattern: ({ request, url, sameOrigin }) =>
          sameOrigin &&
          request.mode === "navigate" &&
          !url.pathname.endsWith("/") &&
          !/\.[^/]*$/.test(url.pathname),
        handler: async ({ request, url }) => {
          try {
            return await fetch(request);
          } catch {
            return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
          }
        },
      },
    ],
    // Never on its own: the learner chooses when (src/islands/offline/worker.ts).
    skipWaiting: false,
    // On a first visit there is nothing older to mix with: control the open page at once, so
    // its search and its quiz's code work offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file to serve with no long cache, rather than a worker and a Workbox runtime beside it.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // An LMS package runs inside the LMS's own pages, which a worker must never take over.
  if (process.env.CX_PACKAGE === "1") {
    console.log("service worker: none in an LMS package");
    process.exit(0);
  }
  const siteDir = process.argv[2] ?? process.env.CX_OUT_DIR ?? "dist";
  const { count, size } = await writeServiceWorker(siteDir);
  console.log(
    `service worker: ${siteDir}/${workerFileName} precaches ${count} files, ${(size / 1024).toFixed(0)} KB`,
  );
}
