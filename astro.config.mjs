// @ts-check
import mdx from "@astrojs/mdx";
import { courseIntegration } from "./src/course/integration.ts";
import { lmsIntegration } from "./src/lms/integration.ts";
import { siteIntegration } from "./src/build/integration.ts";
import { preactIntegration } from "./src/build/preact.ts";
import { compactPreloadHelper } from "./src/build/preload-helper.ts";
import { contentDir } from "./src/course/index.ts";
import { courseLocales, defaultLocale } from "./src/course/locales.ts";
import { cacheDir, outDir } from "./src/course/out-dir.ts";

// Modules of the module page's "module" group (below) that other pages load too: each keeps a
// file of its own (named here), so that those pages load none of the module page's code.
/** @type {[RegExp, string][]} */
const sharedWithOtherPages = [
  [/src[\\/]islands[\\/]ui[\\/]ProgressRing\.tsx$/, "ProgressRing"],
  [/src[\\/]lib[\\/]module-result\.ts$/, "module-result"],
  [/src[\\/](islands[\\/]page-href|lib[\\/]site-url)\.ts$/, "page-href"],
  [/src[\\/]lib[\\/]film[\\/]watched\.ts$/, "watched"],
  [/src[\\/]lib[\\/]review[\\/]review\.ts$/, "review"],
  [
    /src[\\/](islands[\\/]quiz[\\/]calibration-words|lib[\\/]quiz[\\/]results)\.ts$/,
    "calibration-words",
  ],
];

/**
 * What a dynamic import preloads beside the file it imports is a list in the importing chunk,
 * which every chunk with an import() carries. Listed without the file itself (import() fetches
 * it at once, alongside the list), the shared runtime (every page has it before any island
 * runs) and what the importing chunk imports itself (loaded before its code runs: Preact, for
 * an island's). A plugin, since Astro sets the browser build's modulePreload itself.
 * @returns {import("vite").Plugin}
 */
function preloadLists() {
  /** @type {Record<string, { type: string, imports?: string[] }> | undefined} */
  let bundle;
  /** The files a chunk imports, those they import, and so on. */
  const loadedWith = (/** @type {string} */ host, seen = new Set()) => {
    for (const file of bundle?.[host]?.imports ?? []) {
      if (!seen.has(file)) loadedWith(file, seen.add(file));
    }
    return seen;
  };
  return {
    name: "cx-preload-lists",
    // Before Vite's own, which writes the lists.
    generateBundle: {
      order: "pre",
      handler(_, output) {
        bundle = output;
      },
    },
    configEnvironment(name) {
      if (name !== "client") return;
      return {
        build: {
          modulePreload: {
            resolveDependencies: (file, deps, { hostId, hostType }) => {
              if (hostType !== "js") return deps;
              const loaded = loadedWith(hostId);
              return deps.filter(
                (dep) =>
                  dep !== file && !loaded.has(dep) && !/(^|\/)runtime\.[\w-]+\.js$/.test(dep),
              );
            },
          },
        },
      };
    },
  };
}

// The config's type without astro/config's defineConfig, which only returns what it is given:
// importing astro/config loads its SVG optimiser too, a quarter of a second of every build.
/** @type {import("astro").AstroUserConfig} */
const config = {
  outDir,
  cacheDir,
  trailingSlash: "always",
  // English at the root, each translation in content/<lang>/ under /<lang>/ (src/i18n/).
  i18n: {
    locales: courseLocales(contentDir),
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // The course file first: a bad one stops the build before anything else is done. The site's
  // own last: once every page is built, search, the offline worker and the LMS packages.
  integrations: [
    courseIntegration(),
    lmsIntegration(),
    mdx(),
    preactIntegration(),
    siteIntegration(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      preloadLists(),
      compactPreloadHelper(),
      {
        // Constants are written where they are used (src/vocabulary/'s limits and storage keys),
        // rather than exported by the shared runtime to every chunk that names one. The browser's
        // build alone: the server's chunks run once, at build time, and two passes over them (the
        // content store and every module's page among them) cost about 0.4 s of CPU.
        // (Set in the client environment's own options, it was not applied.)
        name: "cx-inline-constants",
        applyToEnvironment: (environment) => environment.name === "client",
        options: (options) => ({
          ...options,
          optimization: { ...options.optimization, inlineConst: { mode: "all", pass: 2 } },
        }),
      },
      {
        // A group that leaves its modules' dependencies where they are (My progress's, below)
        // needs entry chunks allowed to export more than their entry; Astro asks for exactly.
        name: "cx-entry-signatures",
        options: (options) => ({ ...options, preserveEntrySignatures: "allow-extension" }),
      },
    ],
    build: {
      rolldownOptions: {
        // Every MDX page carries Astro's "use astro:head-inject" directive, and the bundler warns
        // about each one: harmless, and at hundreds of modules it buries real messages.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
    // How the browser's code is cut into files: the client build's alone. Set with the build's
    // other options, the groups reached the server's build too (its chunks run once, at build
    // time, and are never downloaded), and Astro's merging of each environment's config listed
    // them three to five times over. The files the browser gets are the same byte for byte.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // What every page loads (nanostores, the progress store's core, the plain scripts
              // every page runs: the search trigger, the notices area with the service worker's
              // registration, the save status; and what the module page's status script shares with
              // its islands) in one file rather than a dozen: fewer requests, and gzip does better
              // on one file than on many small ones. No Preact: a page loads it only with its first
              // Preact island (the next group). No CSS may be imported from these modules: a
              // grouped chunk's CSS is named by preload lists but never written.
              codeSplitting: {
                groups: [
                  {
                    name: "runtime",
                    test: /node_modules[\\/]nanostores[\\/](index|atom[\\/])|vite[\\/]preload-helper|src[\\/]stores[\\/](progress|storage|module)\.ts|src[\\/]vocabulary[\\/](ids|record)\.ts|src[\\/]lib[\\/](record[\\/](record|quick-check|sync|basics|actions|active-time)|placement)\.ts|src[\\/]i18n[\\/](browser[\\/]page-strings|format)\.ts|src[\\/]islands[\\/](language|status-words|page|notices[\\/]area|progress[\\/]save-status|search[\\/](trigger|shortcuts)|offline[\\/]worker)\.ts/,
                  },
                  // Preact, its hooks, Astro's Preact client and what every island shares
                  // (useStore, useHydrated, its strings, the status words): one file, loaded with
                  // the page's first Preact island. After the runtime, which keeps nanostores.
                  {
                    name: "preact",
                    test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|src[\\/]i18n[\\/]browser[\\/]client\.ts$|src[\\/]islands[\\/](useHydrated|useStore|labels)\.ts$/,
                  },
                  // Quotation marks and colons, for quizzes, commitments and My progress: a file of
                  // its own, so that the question group below does not take it in.
                  { name: "punctuation", test: /src[\\/]i18n[\\/]browser[\\/]punctuation\.ts$/ },
                  // What every quiz loads (the question frame, options, "how sure are you?", which
                  // questions are scored and the common question types, and on-demand.ts, which
                  // module pages' islands use to load code on the learner's first action) in one
                  // file beside the quiz rather than a dozen small ones. An answer's feedback and
                  // scoring load with the first answer (src/islands/quiz/feedback.tsx). The rarer
                  // types load on their own (src/islands/quiz/question-types.ts). After the
                  // runtime: a group takes in what its modules import that no earlier group has.
                  {
                    name: "question",
                    test: /src[\\/]islands[\\/]quiz[\\/](ScoredQuestion|ScoredQuestionOfType|SingleChoice|MultipleSelect|TrueFalse|QuestionFrame|ChoiceOption|Verdict|ConfidencePicker|dom|types|useAttemptState|question-types)\.tsx?$|src[\\/]lib[\\/]quiz[\\/](scored|shuffle)\.ts$|src[\\/]islands[\\/]on-demand\.ts$/,
                  },
                  // My progress's islands and what no other page uses, in one file rather than a
                  // dozen: 2 KB less to download. Only the modules named: what they share with
                  // other pages (dates, the ring, the review boxes…) stays where those pages find
                  // it.
                  {
                    name: "my-progress",
                    test: /src[\\/]islands[\\/](progress[\\/](TrackDashboard|ProgressOverview|LearningHabits|Journal|ExportProgress|ImportProgress|ResetProgress|duration)|commitments[\\/]CommitmentList|charts[\\/](CalibrationChart|ReviewBoxes|chart-words))\.tsx?$|src[\\/]lib[\\/]record[\\/](summary|export)\.ts$/,
                    includeDependenciesRecursively: false,
                  },
                  // Small modules the module page shares with the map or My progress, each in the
                  // file it had, so that the module group below does not take them in.
                  { name: (id) => sharedWithOtherPages.find(([test]) => test.test(id))?.[1] },
                  // What every module page loads once it is read, the quiz, the module's end and
                  // its reset button, in one file. Nothing the question types import may join it:
                  // Quiz.tsx awaits their code before it runs, and a module waiting on itself never
                  // runs.
                  {
                    name: "module",
                    test: /src[\\/]islands[\\/](Quiz|module[\\/]ModuleEnd|progress[\\/]ResetModule)\.tsx$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Shiki highlights with inline styles, which the content security policy forbids.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict policy in a <meta> on every page: scripts and styles from this origin or by hash.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly: in a worker the page's <meta> policy does not reach, but a
      // header policy would, and there it needs 'wasm-unsafe-eval' (which is not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
};

export default config;
