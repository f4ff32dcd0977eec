import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/*
 * The layer rules (.dependency-cruiser.cjs, run by `npm run check`) hold on the site's code, and
 * they would catch a back-arrow, a circle of types and a browser file taking a value from a
 * content schema, naming both files. A fixture tree has one mistake of each kind.
 */

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const depcruise = join(root, "node_modules/.bin/depcruise");
const config = join(root, ".dependency-cruiser.cjs");

/** The error report for the tree under `cwd`, and whether it failed. */
async function cruise(cwd: string): Promise<{ failed: boolean; report: string }> {
  try {
    const { stdout } = await run(depcruise, ["src", "--config", config, "--output-type", "err"], {
      cwd,
    });
    return { failed: false, report: stdout };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { failed: true, report: `${stdout}${stderr}` };
  }
}

describe("the layer rules", () => {
  it("pass on the site's code", async () => {
    const { failed, report } = await cruise(root);
    expect(report).toContain("no dependency violations found");
    expect(failed).toBe(false);
  });

  it("fail on a back-arrow, a circle of types and a schema's value in the browser, naming both files", async () => {
    const { failed, report } = await cruise(join(root, "test/fixtures/layers"));
    expect(failed).toBe(true);
    expect(report).toContain("lib-is-pure: src/lib/back-arrow.ts → src/stores/progress.ts");
    expect(report).toMatch(/no-circle: src\/lib\/(first|second)\.ts → /);
    expect(report).toContain(
      "browser-takes-only-types-from-schemas: src/islands/Quiz.ts → src/schemas/quiz.ts",
    );
    // The type-only import of the same schema is allowed: one violation there, not two.
    expect(report.match(/src\/islands\/Quiz\.ts → src\/schemas\/quiz\.ts/g)).toHaveLength(1);
  });
});

describe("changes to the record", () => {
  /** Every TypeScript file under `dir`. */
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => join(dir, name));

  it("go through named store actions: no island or LMS file calls updateProgress", () => {
    const callers = [...sources("src/islands"), ...sources("src/lms")].filter((file) =>
      readFileSync(join(root, file), "utf8").includes("updateProgress"),
    );
    expect(callers).toEqual([]);
  });
});
