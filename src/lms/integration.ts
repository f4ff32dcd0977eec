import type { AstroIntegration } from "astro";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { relativeCss, relativeHtml } from "./relative.ts";
import { launchRoute } from "./standards.ts";

/*
 * The package build (`npm run package` sets CX_PACKAGE): the same site, plus a launch page per
 * standard and track, with every address relative so an LMS can serve it from any path, then
 * zipped (src/build/integration.ts runs those steps once the pages are built). The normal
 * build is untouched: none of this runs, and no page of it loads any LMS code.
 */

/** Whether this build is the one LMS packages are made from. */
export const isPackageBuild = () => process.env.CX_PACKAGE === "1";

async function filesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesIn(path)));
    else found.push(path);
  }
  return found;
}

/** Rewrite the built pages and stylesheets in `outDir` with relative addresses. */
export async function makeRelative(outDir: string): Promise<void> {
  for (const path of await filesIn(outDir)) {
    const file = relative(outDir, path).split("\\").join("/");
    if (file.endsWith(".html")) {
      await writeFile(path, relativeHtml(await readFile(path, "utf8"), file));
    } else if (file.endsWith(".css")) {
      await writeFile(path, relativeCss(await readFile(path, "utf8"), file));
    }
  }
}

/** The Astro integration that makes a package build. */
export function lmsIntegration(): AstroIntegration {
  return {
    name: "cx-lms",
    hooks: {
      "astro:config:setup": ({ injectRoute, updateConfig }) => {
        if (!isPackageBuild()) return;
        injectRoute({
          pattern: launchRoute,
          entrypoint: fileURLToPath(new URL("./LaunchPage.astro", import.meta.url)),
        });
        // Vite's preload list names chunks from the domain's root, which a package does not
        // have: from a script, chunks and styles are found relative to that script.
        updateConfig({
          vite: {
            experimental: {
              renderBuiltUrl: (_file: string, { hostType }: { hostType: string }) =>
                hostType === "js" ? { relative: true } : undefined,
            },
          },
        });
      },
    },
  };
}
