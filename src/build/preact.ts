import type { AstroIntegration } from "astro";
import { getRenderer } from "@astrojs/preact/container-renderer";

/*
 * Preact for Astro, with three costs of every build taken out; what it renders is unchanged.
 *
 * Its JSX is compiled by Vite's own transformer (Oxc) rather than Babel.
 * @astrojs/preact always hands Babel options to @preact/preset-vite, which then runs Babel over
 * every .ts and .tsx file of the project, in both the server and the browser builds, only to
 * compile JSX: about 5 s of CPU on every build, whatever the course's size. Oxc compiles the same
 * JSX (automatic runtime, from preact) as part of the transform every file goes through anyway.
 * Babel only matters to the dev server's Preact devtools (hook names), which the build never uses.
 *
 * A build does not load @preact/preset-vite at all. Its plugins do nothing in a build once Babel
 * is out (Prefresh and the devtools are for the dev server), yet loading them loads Babel,
 * Prefresh and an HTML parser: about half a second of CPU on every build. A build registers the
 * renderer and its options module itself, as @astrojs/preact would; the dev server uses
 * @astrojs/preact whole.
 *
 * Its components are tagged as Preact's on the server. Astro asks each renderer in turn whether
 * it can render a component it does not know, and Preact answers by rendering it: every island
 * on every page was rendered twice, and called once more by MDX's renderer. A component of this
 * site's .tsx files is a Preact component, so the server side of each says so itself.
 */

/** The functions a .tsx file exports by name: its components, and a few helpers. */
const exportedFunctions = (source: string) =>
  [...source.matchAll(/^export (?:default )?function (\w+)/gm)].map((match) => match[1]!);

/** Tags the components of the project's .tsx files as Preact's, in the server build only. */
const tagComponents = {
  name: "cx:preact-components",
  enforce: "pre" as const,
  applyToEnvironment: (environment: { config: { consumer: string } }) =>
    environment.config.consumer === "server",
  transform: {
    // The bundler checks the id itself: no call into JavaScript for the other modules.
    filter: { id: { include: /[\\/]src[\\/].*\.tsx$/, exclude: /node_modules/ } },
    handler(code: string) {
      const names = exportedFunctions(code);
      if (names.length === 0) return undefined;
      const tags = names.map((name) => `__cxTag(${name}, "@astrojs/preact");`).join("\n");
      return {
        code: `${code}\nimport { __astro_tag_component__ as __cxTag } from "astro/runtime/server/index.js";\n${tags}\n`,
        map: null,
      };
    },
  },
};

/**
 * What @astrojs/preact/server.js imports: the integration's include and exclude options, of which
 * this site sets neither (every component is Preact's).
 */
const preactOptions = {
  name: "cx:preact-options",
  resolveId: {
    filter: { id: /^astro:preact:opts$/ },
    handler: () => "\0astro:preact:opts",
  },
  load: {
    filter: { id: /^\0astro:preact:opts$/ },
    handler: () => ({ code: "export default {};" }),
  },
};

type Integration = AstroIntegration & { hooks: Required<AstroIntegration["hooks"]> };

/** @astrojs/preact whole, for the dev server, loaded only there. */
let devIntegration: Promise<Integration> | undefined;
const forDev = () =>
  (devIntegration ??= import("@astrojs/preact").then(
    ({ default: preact }) => preact() as Integration,
  ));

/** @astrojs/preact, unchanged but for how JSX is compiled and components are found. */
export function preactIntegration(): AstroIntegration {
  return {
    name: "@astrojs/preact",
    hooks: {
      "astro:config:setup": async (options) => {
        if (options.command !== "build") {
          const integration = await forDev();
          return integration.hooks["astro:config:setup"](options);
        }
        options.addRenderer(getRenderer(false));
        options.updateConfig({
          vite: {
            plugins: [preactOptions, tagComponents],
            oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
          },
        });
      },
      "astro:config:done": async (options) => {
        if (devIntegration) (await devIntegration).hooks["astro:config:done"](options);
      },
    },
  };
}
