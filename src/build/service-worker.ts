import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import type { GetManifestOptions } from "workbox-build";
// Straight from its module: workbox-build's index loads its bundler too (half a second of CPU).
import { injectManifest } from "workbox-build/build/inject-manifest.js";
import { parse } from "yaml";

/*
 * Build time: the service worker that lets the course work offline, written over the built
 * site (after Pagefind, so the search index is in it). It precaches what a learner needs for
 * the whole course: every page, script, style and image, and the search with its whole index,
 * so that search works offline for words never searched online. Pagefind's ready-made
 * interfaces (which this site does not use) stay out.
 *
 * The worker's code (./sw.ts with Workbox's runtime) is bundled once for each version of it and
 * of Workbox, and kept: a build only writes the precache list into it (Workbox's injectManifest),
 * where bundling it again would cost seconds of CPU on every build, whatever the course's size.
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
 */
export function offlineFilms(contentDir = process.env.CX_CONTENT_DIR ?? "content"): boolean {
  const path = join(contentDir, "course.yaml");
  if (!existsSync(path)) return false;
  return parse(readFileSync(path, "utf8"))?.offlineFilms === true;
}

/**
 * What the worker precaches, for the site built in `siteDir`: shared by the build and the tests
 * (which check that it holds every page and nothing else). `withFilms`: the films too.
 */
export function precacheConfig(siteDir: string, withFilms = offlineFilms()) {
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
    // The quiz files a module page fetches (src/course/quiz-data.ts) carry one too.
    dontCacheBustURLsMatching: /^_astro\/|^quiz-data\/|\.pf_(meta|index|fragment|filter)$/,
    // Large enough for Pagefind's WebAssembly and a big course's index chunks, and a film (≤ 6 MB).
    maximumFileSizeToCacheInBytes: (withFilms ? 8 : 5) * 1024 * 1024,
  } satisfies GetManifestOptions;
}

const source = fileURLToPath(new URL("./sw.ts", import.meta.url));
const require = createRequire(import.meta.url);
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string })
    .version;

/**
 * The bundled worker with its injection point, from the cache when this source and these
 * versions were bundled before. Written whole or not at all, so builds running at once never
 * read half a file.
 */
async function bundledWorker(): Promise<string> {
  const key = createHash("sha256")
    .update(await readFile(source))
    .update(
      ["workbox-core", "workbox-precaching", "workbox-routing", "rolldown"]
        .map((name) => `${name}@${versionOf(name)}`)
        .join(),
    )
    .digest("hex")
    .slice(0, 16);
  const dir = resolve("node_modules", ".cache", "cx-learning-map");
  const path = join(dir, `sw-${key}.js`);
  if (existsSync(path)) return path;
  const { output } = await build({
    input: source,
    platform: "browser",
    write: false,
    // Workbox's development logging and checks go: they are behind NODE_ENV.
    transform: { define: { "process.env.NODE_ENV": JSON.stringify("production") } },
    output: { format: "iife", minify: true, comments: false },
  });
  await mkdir(dir, { recursive: true });
  const partial = `${path}.${process.pid}`;
  await writeFile(partial, output[0].code);
  await rename(partial, path);
  return path;
}

/** Write the worker into `siteDir`; resolves with how many files it precaches and their bytes. */
export async function writeServiceWorker(
  siteDir: string,
): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await injectManifest({
    ...precacheConfig(siteDir),
    swSrc: await bundledWorker(),
    swDest: resolve(siteDir, workerFileName),
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
