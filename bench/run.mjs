/**
 * npm run bench: how long the build takes as the curriculum grows, what each page type makes a
 * learner download, how big the search index is, and what Lighthouse (mobile) thinks of the map
 * and module pages, what working offline costs and whether the course installs. Prints a table
 * and writes bench/results.json. Timings are reported, never asserted; the byte budgets are
 * asserted by test/e2e/budgets.spec.ts.
 *
 *   npm run bench                                   everything (many minutes)
 *   npm run bench -- --sizes 50,200 --no-lighthouse a quicker look
 *   npm run bench -- --runs 1 --no-starlight        one first build and one rebuild a size, alone
 *   npm run bench -- --built dist                   measure pages of a site built already
 *
 * Environment: BENCH_PORT (preview port, 4417), CHROME_PATH (/usr/bin/chromium), CX_CONTENT_DIR
 * (the curriculum measured as "the real site"; content/ by default).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { benchBuilds, buildComparison, buildSite, pagefindBytes } from "./builds.mjs";
import { installability, measurePrecache } from "./offline.mjs";
import { measurePage, recordAssets, summarise } from "./page-assets.mjs";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];
const port = Number(process.env.BENCH_PORT ?? 4417);
const origin = `http://localhost:${port}`;
const budgets = JSON.parse(readFileSync(join(root, "bench", "budgets.json"), "utf8"));

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "50,200,800" },
    /** Measure pages of a site already built there instead of building content/ first. */
    built: { type: "string" },
    "no-lighthouse": { type: "boolean", default: false },
    /** Builds of each kind at each size (this course and Starlight, in turn). */
    runs: { type: "string", default: "3" },
    "no-starlight": { type: "boolean", default: false },
  },
});
const sizes = options.sizes
  .split(",")
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);

/** Notes on anything skipped or failed: the bench goes on and says why. */
const notes = [];

/** The lines of a failure worth a note: its first, and those from the first that names an error. */
function firstLines(error) {
  // eslint-disable-next-line no-control-regex
  const lines = String(error?.message ?? error)
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n");
  const start = lines.findIndex((line, index) => index > 0 && /error|problem|failed/i.test(line));
  const interesting = start > 0 ? [lines[0], ...lines.slice(start, start + 6)] : lines.slice(0, 7);
  return interesting
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" | ");
}

/**
 * Cost per module, and how it grows: the marginal cost between consecutive sizes is what one
 * more module adds; if the build is linear, it stays the same from one interval to the next.
 * Measured both in wall time (the target's terms) and in CPU time (steadier on a busy machine).
 */
function growthOf(builds, measure = "totalMs") {
  const intervals = builds.slice(1).map((build, index) => {
    const previous = builds[index];
    return {
      from: previous.modules,
      to: build.modules,
      timeRatio: build[measure] / previous[measure],
      marginalMsPerModule:
        (build[measure] - previous[measure]) / (build.modules - previous.modules),
    };
  });
  const first = intervals[0];
  const last = intervals.at(-1);
  const marginalRatio =
    intervals.length > 1 ? last.marginalMsPerModule / first.marginalMsPerModule : undefined;
  const measured = last !== undefined && last.to >= 800;
  // CPU: at most 25 ms per module, about what Starlight costs; wall time: 30 ms.
  const limit = measure === "cpuMs" ? 25 : 30;
  return {
    measure,
    intervals,
    marginalMsPerModuleAtLargest: last?.marginalMsPerModule,
    marginalRatio,
    target: {
      msPerExtraModule: limit,
      // Linear within a quarter: timings on shared machines wobble more than that between runs.
      met: measured
        ? last.marginalMsPerModule <= limit &&
          (marginalRatio === undefined || marginalRatio <= 1.25)
        : undefined,
    },
  };
}

async function startPreview(outDir) {
  if (await reachable(`${origin}/`)) {
    throw new Error(`port ${port} is already in use; set BENCH_PORT to a free port`);
  }
  const child = spawn(bin("astro"), ["preview", "--ignore-lock", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CX_OUT_DIR: outDir },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await reachable(`${origin}/`)) return child;
    await new Promise((wait) => setTimeout(wait, 300));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${origin} within 30 s`);
}

async function reachable(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Every module page built in a site, in every language, as paths: /modules/x/, /fr/modules/x/. */
function modulePathsIn(siteDir) {
  const prefixes = [
    "",
    ...readdirSync(siteDir).filter(
      (name) => /^[a-z]{2}$/.test(name) && existsSync(join(siteDir, name, "modules")),
    ),
  ].map((lang) => (lang ? `/${lang}` : ""));
  return prefixes.flatMap((prefix) => {
    const dir = join(siteDir, prefix, "modules");
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((id) => existsSync(join(dir, id, "index.html")))
      .map((id) => `${prefix}/modules/${id}/`);
  });
}

/** Bytes per page type, loaded in Chromium through playwright-core. */
async function benchPages(siteDir) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
  // A new context for every measurement: a warm cache would hide what a first visit costs. The
  // screen is a phone's, as in the budgets test: what is on the first screen decides what loads.
  // The offline worker is blocked: what is weighed is what the page itself asks for.
  const freshPage = async () =>
    (await browser.newContext({ viewport: budgets.screen, serviceWorkers: "block" })).newPage();
  const pages = {};
  try {
    const mapPage = await freshPage();
    pages.map = { url: "/", ...(await measurePage(mapPage, `${origin}/`)) };

    // Every module page in every language, not only those the map links to.
    const modules = [];
    for (const url of modulePathsIn(siteDir)) {
      // Read to the end, then the first question of its first quiz answered (page-assets.mjs).
      const measured = await measurePage(await freshPage(), `${origin}${url}`, { answer: true });
      if (measured) modules.push({ url, ...measured });
    }
    if (modules.length > 0) {
      modules.sort((a, b) => b.page.gzip - a.page.gzip);
      pages.module = { ...modules[0], heaviestOf: modules.length };
      pages.moduleEach = modules.map(
        ({ url, html, js, css, external, data, page, opened, answered }) => ({
          url,
          html,
          js,
          css,
          external,
          data,
          page,
          opened: {
            html: opened.html,
            js: opened.js,
            css: opened.css,
            data: opened.data,
            page: opened.page,
            withoutScripts: opened.withoutScripts,
          },
          ...(answered ? { answered: { js: answered.js, page: answered.page } } : {}),
        }),
      );
    } else {
      pages.module = { skipped: "no module page was built" };
    }

    const progress = await measurePage(await freshPage(), `${origin}/progress/`);
    pages.progress = progress
      ? { url: "/progress/", ...progress }
      : { skipped: "not built: /progress/ does not exist yet" };

    Object.assign(pages, await measureSearch(await freshPage()));
    pages.offline = await measureOffline(browser, chromium);
  } finally {
    await browser.close();
  }
  return pages;
}

/**
 * What opening the header search costs: from the map, press "/" and record what loads; then
 * type a query and record what the first search adds (the Pagefind index chunks).
 */
async function measureSearch(page) {
  await measurePage(page, `${origin}/`);
  await page.evaluate(() => window.scrollTo(0, 0));
  const opening = recordAssets(page);
  await page.keyboard.press("/");
  const searchbox = page.locator('input[type="search"], [role="searchbox"]').first();
  const opened = await searchbox
    .waitFor({ state: "visible", timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  await opening.settled();
  const onOpen = await opening.stop();
  if (!opened) {
    return {
      search: {
        skipped: `not built: pressing "/" on the map shows no search box yet${onOpen.length > 0 ? ` (though ${onOpen.length} files loaded)` : ""}`,
      },
    };
  }
  const querying = recordAssets(page);
  await searchbox.fill("customer");
  await page.waitForTimeout(300);
  await querying.settled();
  const onQuery = await querying.stop();
  return {
    search: { url: '/ then "/"', ...summarise(onOpen) },
    searchQuery: { url: 'then "customer"', ...summarise(onQuery) },
  };
}

/**
 * What working offline costs a first visit to the map, in the background once the page has
 * loaded, and whether Chromium would offer to install the course.
 */
async function measureOffline(browser, chromium) {
  const precache = await measurePrecache(browser, `${origin}/`);
  const launchOptions = { executablePath: chromePath, args: chromeFlags.slice(1) };
  const installErrors = await installability(chromium, launchOptions, `${origin}/`);
  return { precache, installErrors };
}

/** Lighthouse with its default config, which is the mobile preset. */
async function benchLighthouse(urls) {
  let lighthouse, chromeLauncher;
  try {
    lighthouse = (await import("lighthouse")).default;
    chromeLauncher = await import("chrome-launcher");
  } catch (error) {
    notes.push(`Lighthouse is not installed (npm i -D lighthouse): ${firstLines(error)}`);
    return {};
  }
  const scores = {};
  for (const [name, path] of Object.entries(urls)) {
    process.stdout.write(`lighthouse ${path}… `);
    let chrome;
    try {
      chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      const categories = result?.lhr.categories ?? {};
      const score = (id) =>
        categories[id]?.score == null ? null : Math.round(categories[id].score * 100);
      scores[name] = {
        url: path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        failing: Object.values(result?.lhr.audits ?? {})
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== "informative" &&
              audit.scoreDisplayMode !== "manual",
          )
          .map((audit) => audit.id),
        runtimeError: result?.lhr.runtimeError?.message,
      };
      console.log("done");
    } catch (error) {
      console.log("failed");
      notes.push(`Lighthouse could not run on ${path}: ${firstLines(error)}`);
    } finally {
      chrome?.kill();
    }
  }
  return scores;
}

const kb = (bytes) => (bytes === undefined ? "—" : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value) => (value === undefined ? "—" : `${Math.round(value)} ms`);

function table(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells.map((cell, column) => String(cell).padEnd(widths[column])).join("  ");
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}

function growthLines(growth, label) {
  const lines = growth.intervals.map(
    (interval) =>
      `${label}, ${interval.from} → ${interval.to} modules: × ${interval.timeRatio.toFixed(2)} ` +
      `for × ${interval.to / interval.from} the modules, ` +
      `${interval.marginalMsPerModule.toFixed(1)} ms per extra module`,
  );
  if (growth.marginalRatio !== undefined) {
    lines.push(
      `${label}, marginal cost of the last interval ÷ the first: ${growth.marginalRatio.toFixed(2)} (1.00 is linear)`,
    );
  }
  return lines;
}

/** The smallest and largest of some figures, as "a–b KB" (or one figure when they agree). */
function range(values) {
  if (values.length === 0) return "—";
  const low = kb(Math.min(...values));
  const high = kb(Math.max(...values));
  return low === high ? low : `${low.replace(" KB", "")}–${high}`;
}

/**
 * The issue's table for this course: whole pages (HTML, CSS and JS as a phone downloads them,
 * gzip, service worker blocked), module pages as a range over every module in every language,
 * with the whole-page budgets beside them.
 */
function wholePageLines(pages) {
  const each = pages.moduleEach ?? [];
  if (each.length === 0) return [];
  const whole = budgets.pageGzipBytes;
  const js = budgets.jsGzipBytes;
  const target = budgets.targets ?? {};
  const over = (values, budget) =>
    budget === undefined
      ? ""
      : values.every((value) => value <= budget)
        ? `all ≤ ${kb(budget)}`
        : `${values.filter((value) => value > budget).length} OVER ${kb(budget)}`;
  const row = (figure, values, budget, goal) => [
    figure,
    range(values),
    over(values, budget),
    over(values, goal),
  ];
  const rows = [
    row(
      "module page, read to the end (HTML + CSS + JS + data)",
      each.map((page) => page.page.gzip),
      whole.readToTheEnd.module,
      target.pageGzipBytes?.readToTheEnd?.module,
    ),
    row(
      "module page, as opened (HTML + CSS + JS + data)",
      each.map((page) => page.opened.page.gzip),
      whole.opened.module,
      target.pageGzipBytes?.opened?.module,
    ),
    row(
      "  of which HTML",
      each.map((page) => page.html.gzip),
    ),
    // No budget: the floor under "as opened", what no cut in the code can go below.
    row(
      "  the same page with no JavaScript at all (HTML without scripts + CSS)",
      each.map((page) => page.opened.withoutScripts.gzip),
    ),
    row(
      "  of which CSS, read to the end",
      each.map((page) => page.external.css.gzip),
    ),
    row(
      "  of which JSON data fetched, read to the end",
      each.map((page) => page.data.gzip),
    ),
    row(
      "module page JS as opened",
      each.map((page) => page.opened.js.gzip),
      js.opened.module,
    ),
    row(
      "module page JS read to the end",
      each.map((page) => page.js.gzip),
      js.readToTheEnd.module,
      target.jsGzipBytes?.readToTheEnd?.module,
    ),
    // No budget: what answering loads (the record's rules, the feedback, the result), shown.
    row(
      "module page JS answered (read, first question answered)",
      each.flatMap((page) => (page.answered ? [page.answered.js.gzip] : [])),
    ),
  ];
  if (pages.map?.page) {
    rows.push(
      row("map page, whole, as opened", [pages.map.opened.page.gzip], whole.opened.map),
      row("map page, whole, read to the end", [pages.map.page.gzip], whole.readToTheEnd.map),
    );
  }
  return [
    `\nWhole pages (gzip, phone screen, service worker blocked; ${each.length} module pages in every language)`,
    table(["figure", "this course", "budget", "target"], rows),
    "JS counts inline scripts weighed alone (the JS budgets); whole pages count the HTML as sent.",
  ];
}

function report(results) {
  const { builds, growth, cpuGrowth, pages, pagefind, lighthouse, machine } = results;
  const out = [];
  out.push(
    `\nBuild time, synthetic curricula, rebuilds (medians; first builds in the comparison below) (${machine.cores} cores, ${machine.cpu})`,
  );
  out.push(
    table(
      [
        "modules",
        "pages",
        "wall",
        "per module",
        "CPU",
        "first build CPU",
        "load avg",
        "index size",
      ],
      builds.map((build) => [
        build.modules,
        build.pages,
        ms(build.totalMs),
        ms(build.totalMs / build.modules),
        ms(build.cpuMs),
        ms(build.first.cpuMs),
        build.loadAverage.map((load) => load.toFixed(1)).join(" → "),
        kb(build.pagefind.index),
      ]),
    ),
  );
  const comparison = buildComparison(builds);
  if (comparison.length > 0) {
    const [headers, rows, how] = comparison;
    out.push("\nBuild, this course against Starlight on the same synthetic modules");
    out.push(table(headers, rows), how);
  }
  out.push(
    ...growthLines(growth, "Wall time, rebuilds"),
    ...growthLines(cpuGrowth, "CPU time, rebuilds"),
  );
  const verdict = { true: "met", false: "not met", undefined: "not measured (needs 800 modules)" };
  out.push(
    `Target ≤ 30 ms of wall time per extra module at 800 modules, linear, rebuilt: ${verdict[growth.target.met]}; ` +
      `≤ 25 ms of CPU: ${verdict[cpuGrowth.target.met]}`,
  );
  if (builds.some((build) => Math.max(...build.loadAverage) > machine.cores)) {
    out.push(
      `The load average was above ${machine.cores} during some builds: other work shared the CPU, so wall times overstate.`,
    );
  }

  out.push(...wholePageLines(pages));
  out.push(
    "\nWhat each page type loads (real site, phone screen): JS when opened, and all it loads once read to the end",
  );
  /** A figure with its budget beside it, if it has one. */
  const againstBudget = (bytes, budget) =>
    budget === undefined
      ? kb(bytes)
      : `${kb(bytes)} ${bytes <= budget ? "≤" : "OVER"} ${kb(budget)}`;
  out.push(
    table(
      [
        "page",
        "url",
        "JS gzip opened",
        "JS raw",
        "JS gzip",
        "JS brotli",
        "CSS raw",
        "CSS gzip",
        "CSS brotli",
        "other raw",
      ],
      ["map", "module", "progress", "search", "searchQuery"].map((name) => {
        const measured = pages[name];
        const label =
          name === "searchQuery" ? "search query" : name === "search" ? "search open" : name;
        if (!measured?.js) return [label, measured?.skipped ?? "—", "", "", "", "", "", "", "", ""];
        const { opened, readToTheEnd } = budgets.jsGzipBytes;
        return [
          label,
          measured.url,
          measured.opened ? againstBudget(measured.opened.js.gzip, opened[name]) : "",
          kb(measured.js.raw),
          againstBudget(measured.js.gzip, readToTheEnd[name]),
          kb(measured.js.brotli),
          kb(measured.css.raw),
          kb(measured.css.gzip),
          kb(measured.css.brotli),
          kb(measured.other.raw),
        ];
      }),
    ),
  );
  if (pages.module?.heaviestOf) {
    out.push(`(module: the heaviest of ${pages.module.heaviestOf} on each figure)`);
  }
  out.push(
    "Inline scripts and styles are counted with JS and CSS. Other: WebAssembly, search index, and JSON from elsewhere.",
  );

  out.push(
    `\nPagefind (real site): ${kb(pagefind.total)} in all: ${kb(pagefind.index)} index, ${kb(pagefind.runtime)} runtime`,
  );

  const offline = pages.offline;
  if (offline) {
    const { files, raw, gzip } = offline.precache;
    out.push(
      `\nOffline (real site): after a first visit's page has loaded, the service worker fetches ${files} files in the background, ${kb(raw)} (${kb(gzip)} from a server that compresses), so that every page and the search work offline`,
      `Installable (Chromium's own check, which Lighthouse's retired PWA audit read): ${offline.installErrors.length === 0 ? "yes" : `no: ${offline.installErrors.join(", ")}`}`,
    );
  }

  out.push("\nLighthouse, mobile preset");
  out.push(
    table(
      ["page", "performance", "accessibility", "best practices", "SEO", "audits below 1"],
      Object.entries(lighthouse).map(([name, score]) => [
        `${name} ${score.url}`,
        score.performance ?? "—",
        score.accessibility ?? "—",
        score.bestPractices ?? "—",
        score.seo ?? "—",
        score.failing.join(", ") || "none",
      ]),
    ),
  );
  if (notes.length > 0) out.push(`\nNotes:\n${notes.map((note) => `- ${note}`).join("\n")}`);
  console.log(out.join("\n"));
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
  node: process.version,
  loadAverageAtStart: loadavg(),
};

const builds = await benchBuilds({
  sizes,
  runs: Math.max(1, Number(options.runs) || 1),
  starlight: !options["no-starlight"],
  notes,
});
const growth = growthOf(builds);
const cpuGrowth = growthOf(builds, "cpuMs");

// The real site: content/, or whatever CX_CONTENT_DIR names.
const siteDir = options.built ? resolve(options.built) : join(root, ".tmp", "bench", "site");
let site;
let pagefind = { total: 0, index: 0, runtime: 0 };
let pages = {};
let lighthouse = {};
try {
  if (options.built) {
    if (!existsSync(join(siteDir, "index.html"))) throw new Error(`no site in ${siteDir}`);
    site = { prebuilt: siteDir };
  } else {
    console.log("building the real site…");
    site = await buildSite(process.env.CX_CONTENT_DIR, siteDir);
  }
  pagefind = pagefindBytes(siteDir);
} catch (error) {
  notes.push(`The real site did not build, so no page was measured: ${firstLines(error)}`);
}
if (site) {
  let preview;
  try {
    preview = await startPreview(siteDir);
    pages = await benchPages(siteDir);
    if (!options["no-lighthouse"]) {
      lighthouse = await benchLighthouse({ map: "/", module: pages.module?.url ?? "/" });
    } else {
      notes.push("Lighthouse skipped (--no-lighthouse).");
    }
  } catch (error) {
    notes.push(`Page measurements stopped: ${firstLines(error)}`);
  } finally {
    preview?.kill();
  }
}

const results = {
  date: new Date().toISOString(),
  machine,
  builds,
  growth,
  cpuGrowth,
  site,
  pages,
  pagefind,
  lighthouse,
  budgets,
  notes,
};
report(results);
// The per-file lists make the JSON long but say where the bytes come from.
await writeFile(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwrote bench/results.json");
