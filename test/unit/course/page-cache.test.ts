import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cacheInputs,
  decidePageReuse,
  keepPages,
  keptPagesDir,
  pageCacheKey,
  pagesKept,
  restorePages,
} from "../../../src/course/page-cache";

describe("the cache key of a page restored from the last build", () => {
  it("covers the code Astro inlines in pages, the course and the installed packages", () => {
    const covered = (file: string) =>
      cacheInputs().some((input) => file === input || file.startsWith(input + sep));
    for (const file of [
      // Inlined in every page with an island: a change must not leave old pages behind.
      "src/islands/reach.ts",
      "src/islands/module/wake.ts",
      "content/course.yaml",
      "content/modules/why-customer-focus.mdx",
      "public/favicon.svg",
      "astro.config.mjs",
      "package-lock.json",
    ]) {
      expect(covered(resolve(file)), file).toBe(true);
    }
  });
});

describe("the last build's pages", () => {
  const site = () => mkdtempSync(join(tmpdir(), "cx-site-"));
  const withPage = (dir: string, file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    return dir;
  };

  it("are copied into the next build made under the same key, all but what it rendered itself", () => {
    const cache = site();
    const built = withPage(withPage(site(), "modules/a/index.html", "A"), "404.html", "old 404");
    keepPages(built, ["modules/a/index.html", "404.html"], "key-1", cache);

    const kept = decidePageReuse({ key: "key-1", cache });
    expect(kept?.files).toEqual(["modules/a/index.html", "404.html"]);
    expect(pagesKept()).toBe(true);
    const next = withPage(site(), "404.html", "new 404");
    expect(restorePages(next, kept!, new Set(["404.html"]), cache)).toBe(1);
    expect(readFileSync(join(next, "modules/a/index.html"), "utf8")).toBe("A");
    expect(readFileSync(join(next, "404.html"), "utf8")).toBe("new 404");
  });

  it("are not used under another key, when one is missing, when forced, or from a foreign or hostile list", () => {
    const cache = site();
    const built = withPage(site(), "modules/a/index.html", "A");
    keepPages(built, ["modules/a/index.html"], "key-1", cache);

    expect(decidePageReuse({ key: "key-2", cache })).toBeUndefined();
    expect(pagesKept()).toBe(false);
    expect(decidePageReuse({ key: "key-1", cache, force: true })).toBeUndefined();
    rmSync(join(keptPagesDir(cache), "modules/a/index.html"));
    expect(decidePageReuse({ key: "key-1", cache })).toBeUndefined();
    writeFileSync(join(cache, "pages.json"), "{ not json");
    expect(decidePageReuse({ key: "key-1", cache })).toBeUndefined();
    expect(pagesKept()).toBe(false);
    // A list that names a file outside the site is not one this code wrote.
    withPage(keptPagesDir(cache), "modules/a/index.html", "A");
    withPage(cache, "outside.html", "not a page");
    writeFileSync(
      join(cache, "pages.json"),
      JSON.stringify({ key: "key-1", files: ["modules/a/index.html", "../outside.html"] }),
    );
    expect(decidePageReuse({ key: "key-1", cache })).toBeUndefined();
    expect(pagesKept()).toBe(false);
  });

  it("are made under another key when the build's settings or the command's options change", () => {
    const before = pageCacheKey();
    process.env.CX_PACKAGE = "1";
    try {
      expect(pageCacheKey()).not.toBe(before);
    } finally {
      delete process.env.CX_PACKAGE;
    }
    expect(pageCacheKey()).toBe(before);

    const argv = process.argv;
    try {
      process.argv = [...argv, "--site", "https://learning.example.org"];
      expect(pageCacheKey()).not.toBe(before);
      process.argv = [...argv, "--force"];
      expect(pageCacheKey()).toBe(before);
    } finally {
      process.argv = argv;
    }
  });
});
