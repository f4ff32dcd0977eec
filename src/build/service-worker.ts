import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import type { GetManifestOptions, ManifestEntry } from "workbox-build";
import { parse } from "yaml";

/*
 * Build time: the service worker that lets the course work offline, written over the built
 * site (after Pagefind, so the search index is in it). It precaches what a learner needs for
 * the whole course: every page, script, style and image, and the search with its whole index,
 * so that search works offline for words never searched online. Pagefind's ready-made
 * interfaces (which this site does not use) stay out.
 *
 * The worker's code (./sw.ts with Workbox's runtime) is bundled once for each version of it and
 * of Workbox, and kept: a build only writes the precache list into it, where bundling it again
 * would cost seconds of CPU on every build, whatever the course's size.
 *
 * The list is what Workbox's injectManifest would write for precacheConfig (the tests hold the
 * two to the same list), made here: workbox-build loads, checks its options against a schema
 * and globs each pattern over the whole site, about 0.4 s of CPU a build, where listing the
 * site's files once and hashing those kept takes a tenth of that.
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

type PrecacheConfig = ReturnType<typeof precacheConfig>;

/**
 * A glob of the kind precacheConfig uses (`**` for any folders, `*` within a name, `{a,b}`) as a
 * regular expression, made once: Node's matchesGlob compiles its pattern on every call, a third
 * of a second of CPU over a 200-module site's files and the config's ten patterns. As Workbox's
 * globs do, neither `*` nor `**` matches a name that starts with a dot. Other glob syntax is
 * refused rather than matched wrongly.
 */
export function globRegExp(glob: string): RegExp {
  const name = (segment: string) =>
    segment.replace(
      /\{([^{}]*)\}|\*|[^{}*]+/g,
      (part, choices: string | undefined, offset: number) => {
        if (choices !== undefined) return `(?:${choices.split(",").map(literal).join("|")})`;
        if (part === "*") return offset === 0 ? "(?!\\.)[^/]*" : "[^/]*";
        return literal(part);
      },
    );
  const literal = (text: string) => {
    if (/[?[\]!+@()]/.test(text)) throw new Error(`Unsupported glob syntax in "${glob}"`);
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  };
  const segments = glob.split("/");
  let source = "";
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") source += last ? "(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*" : "(?:(?!\\.)[^/]+/)*";
    else source += name(segment) + (last ? "" : "/");
  });
  return new RegExp(`^${source}$`);
}

/**
 * The precache list for `config`, as Workbox's getManifest and injectManifest make it: the files
 * under globDirectory that a pattern matches and no ignore does (globs match no name that starts
 * with a dot, as Workbox's do: Astro leaves its .prerender/ there), each with the MD5 of its
 * contents as its revision, or none when its name matches dontCacheBustURLsMatching; files over
 * the size limit left out with a warning.
 */
export function precacheEntries(config: PrecacheConfig): {
  entries: ManifestEntry[];
  size: number;
  warnings: string[];
} {
  const { globDirectory, globPatterns, globIgnores } = config;
  const warnings: string[] = [];
  const entries: ManifestEntry[] = [];
  let size = 0;
  const patterns = globPatterns.map(globRegExp);
  const ignores = globIgnores.map(globRegExp);
  const files = readdirSync(globDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(globDirectory, join(entry.parentPath, entry.name)).split(sep).join("/"),
    )
    .filter((url) => patterns.some((pattern) => pattern.test(url)))
    .filter((url) => !ignores.some((pattern) => pattern.test(url)))
    .sort();
  for (const url of files) {
    const contents = readFileSync(join(globDirectory, url));
    if (contents.length > config.maximumFileSizeToCacheInBytes) {
      warnings.push(`${url} is ${contents.length} bytes, and won't be precached.`);
      continue;
    }
    size += contents.length;
    const revision = config.dontCacheBustURLsMatching.test(url)
      ? null
      : createHash("md5").update(contents).digest("hex");
    entries.push({ url, revision });
  }
  return { entries, size, warnings };
}

/** Where the bundled worker waits for its precache list. */
const injectionPoint = "self.__WB_MANIFEST";

/** Write the worker into `siteDir`; resolves with how many files it precaches and their bytes. */
export async function writeServiceWorker(
  siteDir: string,
): Promise<{ count: number; size: number }> {
  const { entries, size, warnings } = precacheEntries(precacheConfig(siteDir));
  const worker = await readFile(await bundledWorker(), "utf8");
  if (worker.split(injectionPoint).length !== 2) {
    throw new Error(
      `The bundled offline worker (from src/build/sw.ts) must name ${injectionPoint} exactly once. Delete node_modules/.cache/cx-learning-map/ and build again.`,
    );
  }
  // Keys in Workbox's order (revision, url), as its stable JSON writes them.
  const list = JSON.stringify(entries.map(({ revision, url }) => ({ revision, url })));
  await writeFile(
    resolve(siteDir, workerFileName),
    worker.replace(injectionPoint, () => list),
  );
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count: entries.length, size };
}
