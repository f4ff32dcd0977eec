import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), "cx-glossary-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("building a curriculum with a glossary", () => {
  it("fails when a term names a module that does not exist, naming the term and the choices", async () => {
    const content = join(root, "content");
    cpSync("test/fixtures/valid", content, { recursive: true });
    writeFileSync(
      join(content, "glossary.yaml"),
      [
        "- id: kudos",
        "  term: Kudos",
        "  definition: A short public thank-you for good work with customers.",
        "  modules: [strat]",
      ].join("\n"),
    );
    const result = await run("npx", ["astro", "build"], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        CX_CONTENT_DIR: content,
        CX_OUT_DIR: join(root, "dist"),
        NO_COLOR: "1",
      },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'glossary.yaml: the term "Kudos" (id kudos) names "strat" in modules, but no module has that id.',
    );
    expect(result.output).toContain("one of: next, start");
  });
});
