import type { Page } from "@playwright/test";

/*
 * What code a page may load as it opens (the islands that need theirs now, the plain scripts
 * whose markup is on the page) and what its security policy refuses. Shared by the budgets,
 * the hardening and the every-page checks.
 */

export interface IslandOnLoad {
  client: string;
  componentUrl: string;
  rendererUrl: string;
  onScreen: boolean;
}

/** The page's islands, and whether each shows on the first screen. */
export function islandsOf(page: Page): Promise<IslandOnLoad[]> {
  return page.locator("astro-island").evaluateAll((islands) =>
    islands.map((island) => {
      // Islands are display: contents; client:visible watches their children.
      const boxes = [...island.children].map((child) => child.getBoundingClientRect());
      if (boxes.length === 0) boxes.push(island.getBoundingClientRect());
      return {
        client: island.getAttribute("client") ?? "",
        componentUrl: island.getAttribute("component-url") ?? "",
        rendererUrl: island.getAttribute("renderer-url") ?? "",
        onScreen: boxes.some(
          (box) =>
            box.bottom >= 0 &&
            box.top <= window.innerHeight &&
            box.right >= 0 &&
            box.left <= window.innerWidth,
        ),
      };
    }),
  );
}

/**
 * Islands allowed to hydrate before the learner does anything: at once, when idle, or in view.
 * A module page's (client:reach) wait for the learner to reach for them.
 */
export const needsCodeNow = (island: IslandOnLoad) =>
  ["load", "only", "idle"].includes(island.client) ||
  (island.client === "visible" && island.onScreen);

/** Preact's file (its group in astro.config.mjs) and Astro's Preact client. */
export const isPreact = (url: string) =>
  /\/(preact|client)\.[\w-]+\.js$/.test(new URL(url).pathname);

/**
 * The files each script names, by its address. Built files are named by their content, and a
 * worker checks many pages that load the same ones: each is fetched and read once.
 */
const namedBy = new Map<string, Promise<URL[]>>();

/** The files a script names, as addresses. */
function filesNamedBy(page: Page, url: URL): Promise<URL[]> {
  let named = namedBy.get(url.href);
  if (!named) {
    named = page.request
      .get(url.href)
      .then((response) => response.text())
      .then((code) =>
        // Any file name in quotes: static and dynamic imports, workers, and Vite's preload
        // lists, which name files from the site root. Generous, so only code nothing refers to
        // is caught.
        [...code.matchAll(/["'`]([\w./-]+\.m?js)["'`]/g)].flatMap(([, specifier]) => [
          new URL(specifier!, url),
          new URL(specifier!, new URL("/", url)),
        ]),
      );
    // A file that failed to come is asked for again next time.
    named.catch(() => namedBy.delete(url.href));
    namedBy.set(url.href, named);
  }
  return named;
}

/** The files a set of entry scripts import, directly or not, as paths. */
async function importClosure(page: Page, entries: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => new URL(entry, page.url()));
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    queue.push(...(await filesNamedBy(page, url)));
  }
  return seen;
}

/**
 * The plain scripts a page may run as it opens, by the component that writes them, each with
 * the markup it works on: a page may load one only where that markup is. Any other script is
 * a stray, and so is one of these on a page without its markup.
 */
const plainScripts: Record<string, string> = {
  // Every page's (src/islands/page.ts): the search button, which loads search on first use; the
  // notices area, which registers the offline worker; the save status.
  Base: "[aria-live].progress-notices",
  // A module's step in the track and its status; it records the visit.
  ModuleStatus: "[data-module-status]",
};

/** The page's <script src> elements, and which are plain scripts allowed on it. */
function scriptsOf(page: Page) {
  return page.locator("script[src]").evaluateAll(
    (scripts, known) =>
      scripts.map((script) => {
        const src = (script as HTMLScriptElement).src;
        // Astro names a component's script file after it: Base.astro_astro_type_script…
        const component = /\/(\w+)\.astro_astro_type_script/.exec(src)?.[1] ?? "";
        const markup = known[component];
        return { src, allowed: markup !== undefined && document.querySelector(markup) !== null };
      }),
    plainScripts,
  );
}

/**
 * Of the script files `loaded` as the page at `path` opened, what no island or plain script on
 * its first screen needs: one line each, with stray scripts and Preact loaded for nothing.
 */
export async function loadedBeforeNeeded(
  page: Page,
  path: string,
  loaded: string[],
): Promise<string[]> {
  const islands = await islandsOf(page);
  const scripts = await scriptsOf(page);
  const strays = scripts
    .filter((script) => !script.allowed)
    .map((script) => `${path} has a stray script ${new URL(script.src).pathname}`);
  if (islands.length === 0) {
    // No island: no inline script either (Astro's islands' own code comes only with them).
    const inline = await page
      .locator(
        "script:not([src]):not([type]), script:not([src])[type=module], script:not([src])[type='text/javascript']",
      )
      .count();
    if (inline > 0) strays.push(`${path} has no island but has ${inline} inline scripts`);
  }
  const needed = islands.filter(needsCodeNow);
  const allowed = await importClosure(page, [
    ...needed.flatMap((island) => [island.componentUrl, island.rendererUrl]),
    ...scripts.filter((script) => script.allowed).map((script) => script.src),
  ]);
  // Preact comes with the first island that needs it, never with a plain script.
  const preact = needed.length > 0 ? [] : loaded.filter(isPreact);
  return [
    ...strays,
    ...preact.map((url) => `${path} loads Preact (${url}) though no island needs it`),
    ...loaded
      .map((url) => new URL(url).pathname)
      .filter((file) => !allowed.has(file))
      .map((file) => `${path} loads ${file} before any island or plain script needs it`),
  ];
}

/** The content security policy's violations on `page` from now on, as Chromium reports them. */
export async function policyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}
