import type { Plugin } from "vite";

/*
 * Vite's preload helper, which every page loads with the shared runtime (astro.config.mjs):
 * before a dynamic import, it links the chunks and styles the imported chunk needs, so that
 * they download alongside it. Vite's own covers browsers and settings this site does not have
 * (no module preload, CSP nonces, a "vite:preloadError" event nothing listens to) in 0.7 KB
 * gzip; this one does the same job for this site in a third of that. Its contract is Vite's:
 * `__vitePreload(load, deps, importerUrl)`, `deps` named from the base, or from the importer
 * when the build makes addresses relative (an LMS package: src/lms/integration.ts).
 */

const helperId = "\0vite/preload-helper.js";

/** The helper's code, for a site served from `base`. */
export const preloadHelperCode = (base: string): string => `const seen = {};
const linked = (href, css) =>
  [...document.getElementsByTagName("link")].some(
    (link) => link.href === href && (!css || link.rel === "stylesheet"),
  );
export const __vitePreload = (load, deps, importerUrl) =>
  Promise.all(
    (deps || []).map((dep) => {
      const href = new URL(importerUrl ? dep : ${JSON.stringify(base)} + dep, importerUrl || document.baseURI).href;
      const css = /\\.css$/.test(href.split(/[?#]/)[0]);
      if (href in seen || linked(href, css)) return seen[href];
      const link = document.createElement("link");
      link.rel = css ? "stylesheet" : "modulepreload";
      link.href = href;
      document.head.append(link);
      return (seen[href] = css
        ? new Promise((loaded, failed) => {
            link.onload = loaded;
            link.onerror = () => failed(new Error("Unable to preload CSS for " + href));
          })
        : undefined);
    }),
  ).then(() => load());
`;

/** Give the browser build the helper above in place of Vite's. */
export function compactPreloadHelper(): Plugin {
  let base = "/";
  return {
    name: "cx-preload-helper",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    configResolved(config) {
      base = config.base;
    },
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: (id) => (id === helperId ? preloadHelperCode(base) : undefined),
    },
  };
}
