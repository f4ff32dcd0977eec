import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/*
 * Astro loads astro.config.mjs with Node itself when it can, and otherwise through a Vite dev
 * server started for it alone (about half a second of CPU on every build). Node can when every
 * module the config imports from src/ is named with its extension (Node strips the types).
 */
describe("astro.config.mjs", () => {
  it("loads with Node alone, without Vite", async () => {
    const script = `
      const { default: config } = await import("./astro.config.mjs");
      console.log(JSON.stringify(config.integrations.map((integration) => integration.name)));
    `;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
    expect(JSON.parse(stdout)).toEqual([
      "cx-course",
      "cx-lms",
      "@astrojs/mdx",
      "@astrojs/preact",
      "cx-site",
    ]);
  });
});
