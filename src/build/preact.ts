import preact from "@astrojs/preact";
import type { AstroIntegration } from "astro";

/*
 * Preact for Astro, with two costs of every build taken out; what it renders is unchanged.
 *
 * Its JSX is compiled by Vite's own transformer (Oxc) rather than Babel.
 * @astrojs/preact always hands Babel options to @preact/preset-vite, which then runs Babel over
 * every .ts and .tsx file of the project, in both the server and the browser builds, only to
 * compile JSX: about 5 s of CPU on every build, whatever the course's size. Oxc compiles the same
 * JSX (automatic runtime, from preact) as part of the transform every file goes through anyway.
 * Babel only matters to the dev server's Preact devtools (hook names), which the build never uses.
 *
 * Its components are tagged as Preact's on the server. Astro asks each renderer in turn whether
 * it can render a component it does not know, and Preact answers by rendering it: every island
 * on every page was rendered twice, and called once more by MDX's renderer. A component of this
 * site's .tsx files is a Preact component, so the server side of each says so itself.
 */

/** The Vite plugin of @preact/preset-vite that compiles JSX. */
const jsxPluginName = "vite:preact-jsx";

type VitePlugin = { name?: string; transform?: unknown } & Record<string, unknown>;

/** The plugin list with the JSX plugin's Babel transform taken out (its config hook stays). */
function withoutBabel(plugins: unknown): unknown {
  if (!Array.isArray(plugins)) return plugins;
  return plugins.map((plugin: unknown) => {
    if (Array.isArray(plugin)) return withoutBabel(plugin);
    const named = plugin as VitePlugin | null;
    if (named?.name !== jsxPluginName) return plugin;
    const { transform: _babel, ...rest } = named;
    return rest;
  });
}

/** The functions a .tsx file exports by name: its components, and a few helpers. */
const exportedFunctions = (source: string) =>
  [...source.matchAll(/^export (?:default )?function (\w+)/gm)].map((match) => match[1]!);

/** Tags the components of the project's .tsx files as Preact's, in the server build only. */
const tagComponents = {
  name: "cx:preact-components",
  enforce: "pre" as const,
  applyToEnvironment: (environment: { config: { consumer: string } }) =>
    environment.config.consumer === "server",
  transform(code: string, id: string) {
    if (!/[\\/]src[\\/].*\.tsx$/.test(id) || id.includes("node_modules")) return undefined;
    const names = exportedFunctions(code);
    if (names.length === 0) return undefined;
    const tags = names.map((name) => `__cxTag(${name}, "@astrojs/preact");`).join("\n");
    return {
      code: `${code}\nimport { __astro_tag_component__ as __cxTag } from "astro/runtime/server/index.js";\n${tags}\n`,
      map: null,
    };
  },
};

/** @astrojs/preact, unchanged but for how JSX is compiled and components are found. */
export function preactIntegration(): AstroIntegration {
  const integration = preact();
  const setup = integration.hooks["astro:config:setup"];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      "astro:config:setup": async (options) => {
        if (options.command !== "build") return setup?.(options);
        await setup?.({
          ...options,
          updateConfig: (config) =>
            options.updateConfig({
              ...config,
              vite: {
                ...config.vite,
                plugins: [
                  ...(withoutBabel(config.vite?.plugins) as unknown[]),
                  tagComponents,
                ] as NonNullable<typeof config.vite>["plugins"],
                oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
              },
            }),
        });
      },
    },
  };
}
