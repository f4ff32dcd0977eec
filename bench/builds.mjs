/**
 * The build part of `npm run bench`: synthetic curricula built at each size, this course and
 * Starlight (the Astro docs theme, with its default Pagefind search) on the same modules' prose,
 * in turn (course, Starlight, course, Starlight, …) so that both meet the same machine, and the
 * figures compared pair by pair. CPU time (user + system, child processes included, as bash's
 * `time` reports it) is the figure to trust on a shared machine; wall time mostly measures the
 * neighbours there.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateCurriculum } from "./generate.mjs";

const root = resolve(import.meta.dirname, "..");
const astro = join(root, "node_modules", ".bin", "astro");
const starlightRoot = join(root, "bench", "starlight");

/*
 * `time` counts the CPU of the children a command waits for, and of nothing else. Pagefind's
 * Node API stops its indexing process without waiting for it: when the build exits at once
 * after Pagefind (Starlight's does), the process outlives it, is handed to the system's init
 * and its CPU (about a second at 200 modules) is counted by no one; when other work follows
 * (this course's offline worker), the build waits for it and it is counted. So each build runs
 * under a small "subreaper" (Linux's prctl PR_SET_CHILD_SUBREAPER, from Python's standard
 * library), which inherits and waits for every process the build leaves behind, and `time`
 * counts them all. Without Python 3 (or with CX_BENCH_PLAIN_TIME=1), builds are timed as they
 * are, and the bench says so.
 */
const reaper = `import ctypes, os, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
code = 1
while True:
    try:
        done, status = os.wait()
    except ChildProcessError:
        break
    if done == pid:
        code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 1)`;

/** Whether builds run under the subreaper (Python 3 on Linux). */
export const countsEveryProcess =
  process.platform === "linux" &&
  !process.env.CX_BENCH_PLAIN_TIME &&
  spawnSync("python3", ["-c", "import ctypes, os; os.waitstatus_to_exitcode"]).status === 0;

/**
 * Run a command; resolve with its wall time and CPU time (user + system, every process it
 * started included, see above) in ms and its output, reject with the output.
 */
export function run(command, args, env = {}, cwd = root) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const timed = countsEveryProcess ? 'python3 -c "$CX_REAPER" "$@"' : '"$@"';
    const child = spawn(
      "bash",
      ["-c", `TIMEFORMAT="cpu-seconds %U %S"; time ${timed}`, "bash", command, ...args],
      {
        cwd,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: "1",
          NO_COLOR: "1",
          CX_REAPER: reaper,
          ...env,
        },
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const cpu = /cpu-seconds ([\d.]+) ([\d.]+)\s*$/.exec(output);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
      if (code === 0) done({ ms, cpuMs, output });
      else fail(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * `npm run build`'s command as package.json has it (`astro build` with the V8 settings the build
 * runs with), run by the shell as npm runs it, without npm's own start-up.
 */
const buildScript = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.build;

/** Build this course as `npm run build` does (Astro, then search and the offline worker). */
export async function buildSite(contentDir, outDir) {
  const env = {
    CX_OUT_DIR: outDir,
    ...(contentDir ? { CX_CONTENT_DIR: contentDir } : {}),
    PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`,
  };
  const { ms, cpuMs, output } = await run("bash", ["-c", buildScript], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
  return { pages, totalMs: ms, cpuMs };
}

/** Build the Starlight project in bench/starlight over the docs in `docsDir`. */
async function buildStarlight(docsDir, outDir) {
  const env = { BENCH_CONTENT_DIR: docsDir, BENCH_OUT_DIR: outDir };
  const { ms, cpuMs, output } = await run(astro, ["build"], env, starlightRoot);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
  return { pages, totalMs: ms, cpuMs };
}

/**
 * The synthetic modules as Starlight docs: the same title, summary and prose, without the
 * course's own components (the quiz and the principles), which Starlight has no match for.
 */
function writeStarlightDocs(contentDir, docsDir) {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const modules = join(contentDir, "modules");
  for (const name of readdirSync(modules)) {
    const source = readFileSync(join(modules, name), "utf8");
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const field = (key) => new RegExp(`^${key}: (.*)$`, "m").exec(frontmatter ?? "")?.[1] ?? "";
    const prose = (body ?? "").replace(/^<(Quiz|Principles)\b.*\/>$/gm, "").trim();
    writeFileSync(
      join(docsDir, name),
      `---\ntitle: ${field("title")}\ndescription: ${field("summary")}\n---\n\n${prose}\n`,
    );
  }
}

/** Total bytes of the files under a folder. */
function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The Pagefind output split into the index (grows with content) and the runtime (does not). */
export function pagefindBytes(outDir) {
  const dir = join(outDir, "pagefind");
  const total = folderBytes(dir);
  const runtime = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.(js|css|wasm\..*|wasm)$/.test(name) || name.startsWith("wasm."))
        .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
    : 0;
  return { total, index: total - runtime, runtime };
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** This course's build against Starlight's, CPU and wall time. */
const ratioOf = (ours, them) => ({
  cpu: ours.cpuMs / them.cpuMs,
  wall: ours.totalMs / them.totalMs,
});

/** The median of each pair's ratio: this course's builds against Starlight's, in turn. */
const pairRatio = (ours, theirs) => {
  const pairs = theirs.map((them, index) => ratioOf(ours[index], them));
  return {
    cpu: median(pairs.map((pair) => pair.cpu)),
    wall: median(pairs.map((pair) => pair.wall)),
  };
};

/** Builds of one kind summed up: medians of this course's, Starlight's beside them if any. */
const medians = (ours, theirs) => ({
  runs: ours,
  totalMs: median(ours.map((build) => build.totalMs)),
  cpuMs: median(ours.map((build) => build.cpuMs)),
  ...(theirs.length > 0
    ? {
        starlight: {
          runs: theirs,
          totalMs: median(theirs.map((build) => build.totalMs)),
          cpuMs: median(theirs.map((build) => build.cpuMs)),
        },
        ratio: pairRatio(ours, theirs),
      }
    : {}),
});

/**
 * Synthetic builds, one size after another: at each, a first pair and `runs` pairs of rebuilds.
 * The content goes to the system's temp folder; the output stays inside each project, because
 * Astro puts a build's prerender chunks in the project's .astro/ folder when the output folder
 * is outside it.
 * `notes` collects what failed, and the bench goes on.
 */
export async function benchBuilds({ sizes, runs = 3, starlight = true, notes = [] }) {
  const work = mkdtempSync(join(tmpdir(), "cx-bench-"));
  const outRoot = join(root, ".tmp", "bench", "synthetic");
  const starlightOut = join(starlightRoot, ".tmp");
  const results = [];
  /*
   * What a build leaves is set aside (renamed) while the bench runs and deleted once it is done.
   * ext4 does not reuse an inode freed in the last minutes, and finding a free one that was not
   * freed lately costs every file a build creates: after the deletion of a 200-module build's
   * output (1,200 files), this course's next first build spent 1.1 s of CPU creating files
   * (Node's file threads), against 0.2 s when nothing had just been deleted. A fresh clone
   * follows no such deletion; a bench that deleted before each first build would time the file
   * system's bookkeeping, and charge it to whichever build writes the more files.
   */
  const setAside = [];
  const discard = (dir) => {
    if (!existsSync(dir)) return;
    const aside = `${dir}.discarded-${setAside.length}`;
    try {
      renameSync(dir, aside);
      setAside.push(aside);
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    // Untimed warm-ups, so the first size does not pay for cold disk and module caches.
    const warmUp = join(work, "warm-up");
    generateCurriculum(warmUp, 10);
    await buildSite(warmUp, join(outRoot, "warm-up"));
    if (starlight) {
      writeStarlightDocs(warmUp, join(work, "warm-up-docs"));
      await buildStarlight(join(work, "warm-up-docs"), join(starlightOut, "warm-up"));
    }
    for (const size of sizes) {
      const contentDir = join(work, `content-${size}`);
      const docsDir = join(work, `docs-${size}`);
      const outDir = join(outRoot, `out-${size}`);
      const starlightDir = join(starlightOut, `out-${size}`);
      generateCurriculum(contentDir, size);
      if (starlight) writeStarlightDocs(contentDir, docsDir);
      const course = [];
      const theirs = [];
      const loads = [loadavg()[0]];
      /** One build of each, in turn: this course, then Starlight. */
      const pair = async (label) => {
        process.stdout.write(`building ${size} synthetic modules, ${label}: course… `);
        const ours = await buildSite(contentDir, outDir);
        let them;
        if (starlight) {
          process.stdout.write("Starlight… ");
          them = await buildStarlight(docsDir, starlightDir);
        }
        loads.push(loadavg()[0]);
        console.log(
          `${(ours.cpuMs / 1000).toFixed(1)} s CPU` +
            (them ? ` / ${(them.cpuMs / 1000).toFixed(1)} s CPU` : ""),
        );
        return { ours, them };
      };
      /**
       * Both builds' output and caches set aside, this course's app icons too (kept apart, in
       * node_modules/.cache/, src/course/app-icons.ts): the next build of each finds nothing, as
       * on a fresh clone.
       */
      const forget = () => {
        for (const dir of [
          outDir,
          `${outDir}-cache`,
          join(root, "node_modules", ".cache", "cx-learning-map"),
          starlightDir,
          `${starlightDir}-cache`,
        ]) {
          discard(dir);
        }
      };
      try {
        // A first build finds nothing from an earlier one: no content store, no pages to copy
        // (src/course/page-cache.ts). The rebuilds after the last of them replace its output and
        // reuse both, as a learning team's next build does.
        const firsts = [];
        for (let index = 0; index < runs; index++) {
          forget();
          firsts.push(await pair(`first build ${index + 1}`));
        }
        for (let index = 0; index < runs; index++) {
          const { ours, them } = await pair(`rebuild ${index + 1}`);
          course.push(ours);
          if (them) theirs.push(them);
        }
        const rebuilds = medians(course, theirs);
        results.push({
          modules: size,
          // A first build's count: a rebuild with nothing changed renders almost none, and says so.
          pages: firsts[0].ours.pages,
          ...rebuilds,
          loadAverage: [Math.min(...loads), Math.max(...loads)],
          pagefind: pagefindBytes(outDir),
          first: medians(
            firsts.map((first) => first.ours),
            starlight ? firsts.map((first) => first.them) : [],
          ),
          ...(rebuilds.starlight
            ? { starlight: { pages: firsts[0].them.pages, ...rebuilds.starlight } }
            : {}),
        });
      } catch (error) {
        console.log("failed");
        notes.push(`The ${size}-module build failed: ${String(error?.message ?? error)}`);
      }
      for (const dir of [
        contentDir,
        docsDir,
        outDir,
        `${outDir}-cache`,
        starlightDir,
        `${starlightDir}-cache`,
      ]) {
        discard(dir);
      }
    }
  } finally {
    for (const dir of setAside) rmSync(dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    rmSync(outRoot, { recursive: true, force: true });
    rmSync(starlightOut, { recursive: true, force: true });
  }
  return results;
}

/** CPU per extra module between two sizes, for this course and for Starlight. */
function perExtraModule(from, to, pick) {
  return (pick(to) - pick(from)) / (to.modules - from.modules);
}

/** The build rows of the table: this course against Starlight, CPU and wall time. */
export function buildComparison(builds) {
  const paired = builds.filter((build) => build.starlight);
  if (paired.length === 0) return [];
  const s = (value) => `${(value / 1000).toFixed(1)}`;
  /** A row: `measured` (this course, Starlight beside it, the ratio) at one size. */
  const row = (label, { modules }, measured) => [
    `${label}, ${modules} synthetic modules, CPU / wall`,
    `${s(measured.cpuMs)} / ${s(measured.totalMs)} s`,
    `${s(measured.starlight.cpuMs)} / ${s(measured.starlight.totalMs)} s`,
    `${measured.ratio.cpu.toFixed(2)} / ${measured.ratio.wall.toFixed(2)}`,
  ];
  const rows = paired.flatMap((build) => [
    ...(build.first?.starlight ? [row("first build", build, build.first)] : []),
    row("rebuild", build, build),
  ]);
  if (paired.length > 1) {
    const [from, to] = [paired.at(-2), paired.at(-1)];
    const perModule = (label, ours, theirs) => [
      `CPU per extra module, ${from.modules} → ${to.modules}, ${label}`,
      `${ours.toFixed(1)} ms`,
      `${theirs.toFixed(1)} ms`,
      (ours / theirs).toFixed(2),
    ];
    if (from.first?.starlight && to.first?.starlight) {
      rows.push(
        perModule(
          "first build",
          perExtraModule(from, to, (build) => build.first.cpuMs),
          perExtraModule(from, to, (build) => build.first.starlight.cpuMs),
        ),
      );
    }
    rows.push(
      perModule(
        "rebuild",
        perExtraModule(from, to, (build) => build.cpuMs),
        perExtraModule(from, to, (build) => build.starlight.cpuMs),
      ),
    );
  }
  const runs = paired[0].runs.length;
  return [
    ["figure", "this course", "Starlight", "course / Starlight"],
    rows,
    `Built in turn (course, Starlight, …) on the same synthetic modules after an untimed warm-up of each: at each size ${runs} first builds of each, each finding nothing of an earlier one (output, cache folders and app icons set aside, and deleted only once the bench is done: a deletion just before a build makes the file system slower to create its files), then ${runs} rebuilds of each, which replace the last build's output and reuse what it kept (Astro's content store; this course's pages, copied when nothing they are made from has changed). Figures are medians, and ratios the median of each pair's. CPU is user + system time, ${countsEveryProcess ? "every process a build starts included (Pagefind's too, which outlives Starlight's build: each build runs under a subreaper that waits for it)" : "the child processes each build waits for included (without Python 3 the bench cannot wait for Pagefind's process, which outlives Starlight's build: its CPU is not counted)"}. This course is built with npm run build's own command (astro build, its young generation at 64 MB), search index and offline worker included; Starlight as it comes, over the same modules' prose with its default search (Pagefind), without the quizzes it has no match for.`,
  ];
}

/*
 * Alone, the build part of the bench and nothing else:
 *
 *   node bench/builds.mjs                              200 and 800 modules, 3 first builds
 *                                                      and 3 rebuilds of each
 *   node bench/builds.mjs --sizes 200 --runs 5         one size, 5 first builds, 5 rebuilds
 *   node bench/builds.mjs --no-starlight               this course alone
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "200,800" },
      runs: { type: "string", default: "3" },
      "no-starlight": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(
      "node bench/builds.mjs [--sizes 200,800] [--runs 3] [--no-starlight]\n" +
        "Builds synthetic curricula of each size, this course and Starlight in turn,\n" +
        "--runs first builds then --runs rebuilds of each, and prints each build's CPU\n" +
        "and the medians (CPU: user + system, child processes included).",
    );
    process.exit(0);
  }
  const notes = [];
  const builds = await benchBuilds({
    sizes: values.sizes
      .split(",")
      .map(Number)
      .filter((size) => Number.isInteger(size) && size > 0),
    runs: Math.max(1, Number(values.runs) || 1),
    starlight: !values["no-starlight"],
    notes,
  });
  const s = (ms) => (ms / 1000).toFixed(1);
  for (const build of builds) {
    const load = build.loadAverage.map((value) => value.toFixed(1)).join("–");
    console.log(
      `${build.modules} modules, load average ${load}: course CPU ${build.first.runs.map((run) => s(run.cpuMs)).join(", ")} s first, ${build.runs.map((run) => s(run.cpuMs)).join(", ")} s rebuilt` +
        (build.starlight
          ? `; Starlight ${build.first.starlight.runs.map((run) => s(run.cpuMs)).join(", ")} s first, ${build.starlight.runs.map((run) => s(run.cpuMs)).join(", ")} s rebuilt`
          : ""),
    );
  }
  const comparison = buildComparison(builds);
  if (comparison.length > 0) {
    const [headers, rows, how] = comparison;
    const line = (cells) => `| ${cells.join(" | ")} |`;
    console.log(
      [line(headers), line(headers.map(() => "---")), ...rows.map(line), "", how].join("\n"),
    );
  } else {
    for (const build of builds) console.log(`${build.modules} modules: ${s(build.cpuMs)} s CPU`);
  }
  for (const note of notes) console.log(`note: ${note}`);
}
