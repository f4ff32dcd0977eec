import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, matchesGlob } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import {
  globRegExp,
  precacheConfig,
  precacheEntries,
  writeServiceWorker,
} from "../../../src/build/service-worker";

/*
 * The service worker's precache, over a tiny built site laid out as Astro and Pagefind lay
 * theirs out. The end-to-end tests check the same over the real build, in Chromium.
 */

const site = mkdtempSync(join(tmpdir(), "cx-sw-"));
const files = [
  "index.html",
  "404.html",
  "modules/first/index.html",
  "modules/second/index.html",
  "review-questions.json",
  // What a module page's quizzes fetch (src/course/quiz-data.ts), named with a hash.
  "quiz-data/en/first.0123456789ab.json",
  "quiz-data/strings.en.ba9876543210.json",
  "manifest.webmanifest",
  "_astro/runtime.AbC123.js",
  "_astro/Base.XyZ789.css",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind.en_1a2b3c.pf_meta",
  "pagefind/wasm.en.pagefind",
  "pagefind/index/en_4d5e6f.pf_index",
  "pagefind/fragment/en_7a8b9c.pf_fragment",
  "pagefind/filter/en_0d1e2f.pf_filter",
  // A film's poster: offline, the page shows it with the transcript.
  "films/empathy/poster.jpg",
  // Never loaded by the site: Pagefind's ready-made interfaces and its index for no language.
  "pagefind/pagefind-ui.js",
  "pagefind/pagefind-ui.css",
  "pagefind/pagefind-component-ui.js",
  "pagefind/pagefind-modular-ui.js",
  "pagefind/pagefind-highlight.js",
  "pagefind/wasm.unknown.pagefind",
  // Not for pages: the browser fetches app icons when it installs the course.
  "icons/icon-192.png",
  // Not part of the course's pages.
  "course-package.zip",
  // A folder whose name starts with a dot (Astro's build leaves its .prerender/ there).
  ".prerender/chunks/page.js",
  // Films stay out unless the course file says offlineFilms: true.
  "films/empathy/film.webm",
  "films/empathy/film.mp4",
  "films/empathy/captions.en.vtt",
];
for (const file of files) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), `contents of ${file}`);
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("the service worker's precache", () => {
  it("holds every page, script, style and the whole search index, and nothing else", async () => {
    const { manifestEntries } = await getManifest(precacheConfig(site, false));
    expect(manifestEntries!.map((entry) => entry.url).sort()).toEqual(
      files.slice(0, files.indexOf("pagefind/pagefind-ui.js")).sort(),
    );
  });

  it("holds the films too when the course file turns offlineFilms on", async () => {
    const { manifestEntries } = await getManifest(precacheConfig(site, true));
    const urls = manifestEntries!.map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining(files.filter((file) => file.startsWith("films/"))));
  });

  it("names only this site's own files, by path, never another origin", async () => {
    const { manifestEntries } = await getManifest(precacheConfig(site));
    for (const { url } of manifestEntries!) expect(url).not.toMatch(/^([a-z]+:)?\/\//i);
  });

  it("revisions files by content, except those whose names carry a hash already", async () => {
    const { manifestEntries } = await getManifest(precacheConfig(site));
    const revision = (url: string) => manifestEntries!.find((entry) => entry.url === url)?.revision;
    expect(revision("modules/first/index.html")).toMatch(/^[0-9a-f]{32}$/);
    expect(revision("pagefind/pagefind.js")).toMatch(/^[0-9a-f]{32}$/);
    expect(revision("_astro/runtime.AbC123.js")).toBeNull();
    expect(revision("quiz-data/en/first.0123456789ab.json")).toBeNull();
    expect(revision("quiz-data/strings.en.ba9876543210.json")).toBeNull();
    expect(revision("pagefind/index/en_4d5e6f.pf_index")).toBeNull();
  });

  it("is listed by the build as Workbox lists it, films or not", async () => {
    // A file over the size limit: Workbox leaves it out with a warning, and so does the build.
    writeFileSync(join(site, "pagefind", "huge.pf_index"), Buffer.alloc(8 * 1024 * 1024 + 1));
    try {
      for (const withFilms of [false, true]) {
        const config = precacheConfig(site, withFilms);
        const workbox = await getManifest(config);
        const ours = precacheEntries(config);
        const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
        expect(ours.entries.toSorted(byUrl)).toEqual(workbox.manifestEntries!.toSorted(byUrl));
        expect(ours.size).toBe(workbox.size);
        expect(ours.warnings).toHaveLength(1);
        expect(ours.warnings[0]).toMatch(/^pagefind\/huge\.pf_index is \d+ bytes/);
      }
    } finally {
      rmSync(join(site, "pagefind", "huge.pf_index"));
    }
  });

  it("matches each of its globs as Node's matchesGlob does, dot names included", () => {
    const { globPatterns, globIgnores } = precacheConfig(site, true);
    const paths = [
      ...files,
      "sw.js",
      "icons/sub/icon.png",
      ".hidden.html",
      "modules/.hidden/index.html",
      "pagefind/.x.pf_index",
      "a.html.bak",
      "pagefind/pagefind-ui",
      "pagefind/wasm.unknownXpagefind",
    ];
    for (const pattern of [...globPatterns, ...globIgnores]) {
      const regExp = globRegExp(pattern);
      for (const path of paths) {
        expect([pattern, path, regExp.test(path)]).toEqual([
          pattern,
          path,
          matchesGlob(path, pattern),
        ]);
      }
    }
    expect(() => globRegExp("pagefind/[ab].js")).toThrow(/Unsupported glob syntax/);
  });

  it("writes every file of the list into the worker", async () => {
    await writeServiceWorker(site);
    const worker = readFileSync(join(site, "sw.js"), "utf8");
    expect(worker).not.toContain("__WB_MANIFEST");
    for (const { url, revision } of precacheEntries(precacheConfig(site)).entries) {
      expect(worker).toContain(JSON.stringify({ revision, url }));
    }
  });

  it("writes a worker that waits for the learner before it takes over", async () => {
    await writeServiceWorker(site);
    const worker = readFileSync(join(site, "sw.js"), "utf8");
    // skipWaiting only in answer to the page's SKIP_WAITING message, never on install.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(/SKIP_WAITING[^;]{0,40}skipWaiting\(\)/);
    // The worker is not in its own precache: the browser checks it for updates itself.
    expect(worker).not.toContain('"sw.js"');
  });
});
