import { createHash, type Hash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { filmsDir } from "./films.ts";
import { contentDir } from "./index.ts";
import { stringsDir } from "./locales.ts";

/*
 * Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs) copies a page
 * from the last build instead of rendering it again when two things are unchanged: the code the
 * page is built from, which Astro tracks itself, and the page's cache key, which stands for
 * everything else. A module page reads more than its own module (the course file, its track's
 * other modules, principles, glossary, films, strings), so the key is one digest of every file
 * a page may read and of the build's settings: any change to any of them renders every keyed
 * page again; with nothing changed, none. The digest covers the site's own code and the packages
 * installed too: Astro does not see all the code it puts in a page (the client:reach directive
 * is inlined), and a page restored with old inlined code would behave as the last build did.
 * The browser's files, whose names pages carry, are made from these same inputs.
 */

/** Files larger than this (films) are known by their size and time rather than read. */
const readUpTo = 1024 * 1024;

/**
 * What a page may be made from: the course, films, strings, the public folder, the site's code,
 * its build settings and the exact packages installed.
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

let key: string | undefined;

/** The cache key of every page that gives one, the same for all. */
export function pageCacheKey(): string {
  if (key !== undefined) return key;
  const hash = createHash("sha256");
  // The build's settings (CX_PACKAGE for an LMS package, the folders it reads): any of them.
  const settings = Object.entries(process.env).filter(([name]) => name.startsWith("CX_"));
  hash.update(`${JSON.stringify(settings.sort())}\0`);
  for (const path of cacheInputs()) digestPath(hash, path);
  return (key = hash.digest("base64url"));
}
