import type { AstroIntegration } from "astro";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { getCourse } from "../course/index.ts";
import { cacheDir } from "../course/out-dir.ts";
import {
  decidePageReuse,
  keepPages,
  pageCacheKey,
  restorePages,
  type KeptPages,
} from "../course/page-cache.ts";
import { keptTrackPlans } from "../lms/built-plans.ts";
import { isPackageBuild, makeRelative } from "../lms/integration.ts";
import { writePackages } from "../lms/packages.ts";
import { ownHashesOnlyInSite } from "./csp.ts";
import { writeSearchIndex } from "./search-index.ts";
import { workerFileName, writeServiceWorker } from "./service-worker.ts";

/*
 * What the build does once Astro has written every page, in this order:
 * 0. when nothing a page is made from has changed, the last build's pages copied in (Astro then
 *    rendered none of them: src/course/page-cache.ts); otherwise, after step 1, this build's
 *    kept for the next;
 * 1. each page's content security policy cut to its own inline code's hashes (./csp.ts);
 * 2. in a package build, every address made relative (an LMS serves a package from any path);
 * 3. the search index (Pagefind), over the pages as they will be served (the last build's,
 *    when the pages are the same);
 * 4. on the site, the offline worker, over everything, the index included; never in a
 *    package, which runs inside the LMS's own pages, where a worker must never take over;
 * 5. in a package build, the zips (CX_PACKAGES_DIR, packages/ by default).
 * `astro build` is the whole build: `npm run build`, `build:bank` and `package` all run it.
 */

/** Seconds since `start`, for the build's log. */
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** The Astro integration that finishes the built site: search, offline worker, LMS packages. */
export function siteIntegration(): AstroIntegration {
  /** This build's page key, and the last build's pages when they were made under it. */
  let pageKey = "";
  let lastPages: KeptPages | undefined;
  return {
    name: "cx-site",
    hooks: {
      "astro:config:setup": ({ command, addClientDirective }) => {
        // client:reach, the module page's islands' directive (src/islands/reach.ts).
        addClientDirective({
          name: "reach",
          entrypoint: fileURLToPath(new URL("../islands/reach.ts", import.meta.url)),
        });
        // Astro loads the content config through a Vite module runner, which turns on Node's
        // source maps for as long as it runs: Node then measures and keeps a map of each of the
        // 130 modules the runner loads (2 MB of Astro's runtime, mostly), about a third of a
        // second of CPU on every build, so that a stack trace would point to source lines. A
        // build's errors about content name the file and the field themselves; the dev server
        // keeps its source maps.
        if (command === "build") process.setSourceMapsEnabled = () => {};
      },
      "astro:build:start": ({ logger }) => {
        const start = performance.now();
        pageKey = pageCacheKey();
        lastPages = decidePageReuse({ key: pageKey, force: process.argv.includes("--force") });
        if (lastPages) logger.info(`pages: nothing changed since the last build (${since(start)})`);
      },
      "astro:build:done": async ({ dir, assets, logger }) => {
        const siteDir = fileURLToPath(dir);
        const packageBuild = isPackageBuild();
        // Every file Astro rendered in this build, from the site's root.
        const rendered = new Set(
          [...assets.values()].flat().map((url) => relative(siteDir, fileURLToPath(url))),
        );
        let start = performance.now();
        if (lastPages) {
          const copied = restorePages(siteDir, lastPages, rendered);
          logger.info(`pages: ${copied} copied from the last build (${since(start)})`);
        }

        start = performance.now();
        const trimmed = ownHashesOnlyInSite(siteDir);
        logger.info(`security policies: ${trimmed} pages trimmed (${since(start)})`);

        if (!lastPages) {
          start = performance.now();
          keepPages(siteDir, [...rendered], pageKey);
          logger.info(`pages: ${rendered.size} kept for the next build (${since(start)})`);
        }

        start = performance.now();
        if (packageBuild) {
          await makeRelative(siteDir);
          logger.info(`relative addresses for an LMS (${since(start)})`);
        }

        start = performance.now();
        const { pages, kept } = await writeSearchIndex(siteDir, cacheDir);
        logger.info(
          kept
            ? `search: ${pages} pages as the last build indexed them, its index kept (${since(start)})`
            : `search: ${pages} pages indexed (${since(start)})`,
        );

        if (!packageBuild) {
          start = performance.now();
          const { count, size } = await writeServiceWorker(siteDir);
          logger.info(
            `offline: ${workerFileName} precaches ${count} files, ${(size / 1024).toFixed(0)} KB (${since(start)})`,
          );
          return;
        }

        const plans = keptTrackPlans();
        if (!plans) {
          throw new Error(
            "The package build made no launch pages (src/lms/LaunchPage.astro), so there is nothing to package.",
          );
        }
        start = performance.now();
        await writePackages(
          siteDir,
          process.env.CX_PACKAGES_DIR ?? "packages",
          getCourse(),
          plans,
          (line) => logger.info(`package: ${line}`),
        );
        logger.info(`packages written (${since(start)})`);
      },
    },
  };
}
