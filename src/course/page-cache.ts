import { createHash, type Hash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { contentDir, filmsDir } from "./index.ts";
import { stringsDir } from "./locales.ts";
import { cacheDir } from "./out-dir.ts";

/*
 * A build keeps its pages, and the next build copies them rather than render them again when
 * nothing a page may be made from has changed. A module page reads more than its own module (the
 * course file, its track's other modules, principles, glossary, films, strings), and every page
 * carries the names of the browser's files, which the site's code makes: so the key is one digest
 * of every file a page may read, of the site's code and the packages installed, and of the
 * build's settings. Any change renders every page again; with nothing changed, none is rendered.
 *
 * All or nothing, so the build needs none of what page-by-page tracking costs (Astro's
 * experimental incremental build hashed every route's code, wrote each page twice and tracked
 * what each page read: about 0.85 s of CPU on a first build at 200 modules). Here a first build
 * pays for one copy of its pages; a build with nothing changed, for the digest and the copies.
 *
 * The site's integration decides as the build starts (`decidePageReuse`), each page route's
 * getStaticPaths asks `pagesKept()` and gives Astro no paths when the pages are kept, and once
 * Astro is done the integration copies them into the site (`restorePages`), or keeps this
 * build's (`keepPages`). The pages are rendered by Astro's own bundle of this module, in the same
 * process: the decision crosses over on a global symbol.
 */

/** Files larger than this (films) are known by their size and time rather than read. */
const readUpTo = 1024 * 1024;

/**
 * What a page may be made from: the course, films, strings, the public folder, the site's code,
 * its build settings, how TypeScript resolves it and the exact packages installed.
 */
export const cacheInputs = () => [
  ...new Set(
    [
      contentDir,
      filmsDir,
      stringsDir,
      "public",
      "src",
      "astro.config.mjs",
      "tsconfig.json",
      "package.json",
      "package-lock.json",
    ].map((path) => resolve(path)),
  ),
];

/** Every file at or under `path`, by name, with its bytes (or size and time, for a large one). */
function digestPath(hash: Hash, path: string): void {
  if (!existsSync(path)) return;
  const files = statSync(path).isFile()
    ? [path]
    : readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0`);
    hash.update(size <= readUpTo ? readFileSync(file) : `${mtimeMs}`);
    hash.update("\0");
  }
}

/** The digest of everything a page may be made from (see above). */
export function pageCacheKey(): string {
  const hash = createHash("sha256");
  // The build's settings (CX_PACKAGE for an LMS package, the folders it reads): any of them.
  const settings = Object.entries(process.env).filter(([name]) => name.startsWith("CX_"));
  hash.update(`${JSON.stringify(settings.sort())}\0`);
  // The command's own options (astro build --site, --base…), all but --force, which only says
  // to render again.
  const options = process.argv.slice(2).filter((arg) => arg !== "--force");
  hash.update(`${JSON.stringify(options)}\0`);
  // Node's own version too: its dates, numbers and plurals (Intl) are written into pages.
  hash.update(`${process.version}\0`);
  for (const path of cacheInputs()) digestPath(hash, path);
  return hash.digest("base64url");
}

/** The last build's pages: the key they were made under, and their files, from the site's root. */
export interface KeptPages {
  key: string;
  files: string[];
}

/** Where the last build's pages are kept: beside the content store and the search index. */
export const keptPagesDir = (cache = cacheDir) => resolve(cache, "pages");
/** Their list, beside them rather than among them, where a page of that name could be. */
const listFile = (cache: string) => resolve(cache, "pages.json");

/** A path inside the site: relative, and climbing out of no folder. */
const insideSite = (file: unknown): file is string =>
  typeof file === "string" &&
  file !== "" &&
  !isAbsolute(file) &&
  !file.split(/[\\/]/).includes("..");

const keptFlag = Symbol.for("cx-learning-map.pages-kept");
type Holder = { [keptFlag]?: boolean };

/** Whether this build copies the last build's pages: a page route then gives Astro no paths. */
export const pagesKept = (): boolean => (globalThis as Holder)[keptFlag] === true;

/**
 * As a build starts: the last build's pages, when they were made under the key this build's
 * would have and are all there (and the build is not forced); none otherwise. Sets `pagesKept`.
 */
export function decidePageReuse({
  key,
  force = false,
  cache = cacheDir,
}: {
  /** This build's key (pageCacheKey). */
  key: string;
  force?: boolean;
  cache?: string;
}): KeptPages | undefined {
  let kept: KeptPages | undefined;
  try {
    const list = JSON.parse(readFileSync(listFile(cache), "utf8")) as Partial<KeptPages>;
    const files: unknown[] = Array.isArray(list.files) ? list.files : [];
    const dir = keptPagesDir(cache);
    if (
      !force &&
      list.key === key &&
      files.length > 0 &&
      files.every((file) => insideSite(file) && existsSync(join(dir, file)))
    ) {
      kept = { key, files: files as string[] };
    }
  } catch {
    // No list, or not one this code wrote: nothing is kept.
  }
  (globalThis as Holder)[keptFlag] = kept !== undefined;
  return kept;
}

/**
 * Copy the kept pages into the site, all but those this build has rendered itself (`rendered`:
 * the routes that always render, such as an LMS package's launch pages).
 */
export function restorePages(
  siteDir: string,
  kept: KeptPages,
  rendered: ReadonlySet<string>,
  cache = cacheDir,
): number {
  const dir = keptPagesDir(cache);
  let copied = 0;
  for (const file of kept.files) {
    if (rendered.has(file)) continue;
    const to = join(siteDir, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(dir, file), to);
    copied++;
  }
  return copied;
}

/**
 * Keep this build's pages (`files`, from the site's root) for the next build, under `key`. The
 * old list goes first and the new one is written last: a build stopped half-way leaves no list,
 * and the next build renders.
 */
export function keepPages(siteDir: string, files: string[], key: string, cache = cacheDir): void {
  const dir = keptPagesDir(cache);
  rmSync(listFile(cache), { force: true });
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const to = join(dir, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(siteDir, file), to);
  }
  writeFileSync(listFile(cache), JSON.stringify({ key, files } satisfies KeptPages));
}
