import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const outRoot = mkdtempSync(join(tmpdir(), "cx-build-"));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

/** Build the site from a fixture content folder; resolve with its exit code and output. */
async function buildFixture(name: string) {
  try {
    const { stdout, stderr } = await run("npx", ["astro", "build"], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        CX_CONTENT_DIR: `./test/fixtures/${name}`,
        CX_OUT_DIR: join(outRoot, name),
        NO_COLOR: "1",
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("building a curriculum", () => {
  it("succeeds for sound content", async () => {
    const { code, output } = await buildFixture("valid");
    expect(output).toContain("/modules/start/index.html");
    expect(code).toBe(0);
  });

  it("fails on bad frontmatter, naming the file, the fields and the fix", async () => {
    const { code, output } = await buildFixture("bad-frontmatter");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/bad-frontmatter/modules/broken-module.mdx");
    expect(output).toContain("title: add a title");
    expect(output).toContain("tracks.0: use one of the tracks orientation, leader, self-paced");
  });

  it("fails on a prerequisite that names no module, naming the file and the choices", async () => {
    const { code, output } = await buildFixture("unknown-prerequisite");
    expect(code).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/unknown-prerequisite/modules/next.mdx: prerequisites names "strat"',
    );
    expect(output).toContain("one of: next, start");
  });

  it("fails on a prerequisite cycle, naming the modules around it", async () => {
    const { code, output } = await buildFixture("prerequisite-cycle");
    expect(code).not.toBe(0);
    expect(output).toContain("prerequisites form a cycle (next → start → next)");
  });
});
