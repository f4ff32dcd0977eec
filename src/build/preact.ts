import preact from "@astrojs/preact";
import type { AstroIntegration } from "astro";

/*
 * Preact for Astro, with its JSX compiled by Vite's own transformer (Oxc) rather than Babel.
 * @astrojs/preact always hands Babel options to @preact/preset-vite, which then runs Babel over
 * every .ts and .tsx file of the project, in both the server and the browser builds, only to
 * compile JSX: about 5 s of CPU on every build, whatever the course's size. Oxc compiles the same
 * JSX (automatic runtime, from preact) as part of the transform every file goes through anyway.
 * Babel only matters to the dev server's Preact devtools (hook names), which the build never uses.
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

/** @astrojs/preact, unchanged but for how JSX is compiled in a build. */
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
                plugins: withoutBabel(config.vite?.plugins) as NonNullable<
                  typeof config.vite
                >["plugins"],
                oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
              },
            }),
        });
      },
    },
  };
}
