import { resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheInputs } from "../../../src/course/page-cache";

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
