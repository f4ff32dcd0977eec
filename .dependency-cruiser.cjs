/*
 * The layers of the code and the arrows allowed between them, checked by `npm run check`
 * (dependency-cruiser). ARCHITECTURE.md explains them; this file is the rule. An import that
 * breaks one fails the check naming the rule, the importing file and the imported one.
 *
 * Arrows run one way, from what is built to what it is built from:
 *
 *   build time:  content.config / pages, layouts, components  →  course  →  schemas
 *   browser:     islands (with the LMS launch page's code)  →  stores  →  lib
 *   everywhere:  lib  →  vocabulary;  i18n strings and format  →  nothing of ours
 *
 * Build-time code may use the browser's lib and vocabulary (pure, safe anywhere); browser code
 * never reaches build-time code, zod or Node. Type-only imports count: a circle through types
 * is still a circle for whoever reads the code.
 *
 * .astro files are not parsed (dependency-cruiser reads JS and TS): they are pages, layouts and
 * components, the top of the build-time layer, and only the rules about what imports them apply.
 */

/** Code that runs in the learner's browser (islands are also rendered once at build time). */
const browser = [
  "^src/islands/",
  "^src/stores/",
  "^src/lib/",
  "^src/vocabulary/",
  "^src/i18n/browser/",
  // The launch page's code inside an LMS package.
  "^src/lms/(shell|launch|scorm12|scorm2004|cmi5|connection|mirror|suspend|plan)\\.ts$",
];

/** Code that runs only while Astro builds the site: it may read files and use zod. */
const buildTime = [
  // The integration's steps after Astro has written the pages; sw.ts is the worker's source.
  "^src/build/(?!sw\\.ts$)",
  "^src/course/",
  "^src/pages/",
  "^src/layouts/",
  "^src/content\\.config\\.ts$",
  "^src/i18n/build/",
  "^src/lms/(integration|plans|built-plans|packages|standards|relative|package-words)\\.ts$",
];

/** A layer may import only what lies below it; each rule names what a layer may not reach. */
const layer = (name, from, notAllowed, comment) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: notAllowed },
});

module.exports = {
  forbidden: [
    {
      name: "no-circle",
      comment:
        "Files that import each other, even for types only, are one file in two places: move what both need below them.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    layer(
      "vocabulary-imports-nothing",
      "^src/vocabulary/",
      "^src/(?!vocabulary/)",
      "The vocabulary is the bottom layer: plain constants that every other layer reads.",
    ),
    layer(
      "schemas-stand-on-the-vocabulary",
      "^src/schemas/",
      "^src/(?!schemas/|vocabulary/)",
      "Content schemas describe content files; what they share with the browser (ids, question types) is in src/vocabulary/.",
    ),
    layer(
      "lib-is-pure",
      "^src/lib/",
      "^src/(islands|stores|course|pages|layouts|components|lms|i18n)/",
      "lib/ is pure logic for the browser and the build alike: no words (i18n/browser/client is the islands'), no storage, no build-time course.",
    ),
    layer(
      "stores-stand-on-lib",
      "^src/stores/",
      "^src/(islands|course|pages|layouts|components|lms|i18n)/",
      "Stores hold state and apply lib/record's changes; they show nothing and say nothing.",
    ),
    layer(
      "islands-stand-on-stores",
      "^src/islands/",
      "^src/(course|pages|layouts|lms)/|^src/i18n/build/",
      "Islands are handed what the build knows as props or fetched JSON; they never import build-time code.",
    ),
    layer(
      "course-stands-below-pages",
      "^src/course/",
      "^src/(islands|stores|pages|layouts|components|lms)/|^src/i18n/build/",
      "course/ reads and checks the course; pages use it, never the other way.",
    ),
    layer(
      "strings-are-data",
      "^src/i18n/(en|fr|format|page-context)\\.ts$",
      "^src/(?!i18n/(en|fr|format|page-context)\\.ts$)",
      "The UI strings and their fill/plural helpers are data that build and browser both read.",
    ),
    {
      name: "browser-never-reaches-the-build",
      comment:
        "Code that runs in the browser must not bring build-time code, zod or Node with it. Types from content schemas are fine: they vanish at compile time.",
      severity: "error",
      from: { path: browser },
      to: { path: buildTime },
    },
    {
      name: "browser-takes-only-types-from-schemas",
      comment:
        "Content schemas bring zod; the browser may use their types (import type), never their values. Shared values go in src/vocabulary/.",
      severity: "error",
      from: { path: browser },
      to: { path: "^src/schemas/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "browser-has-no-node",
      comment: "Node's modules do not exist in the browser.",
      severity: "error",
      from: { path: browser },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "the-build-steps-are-the-top",
      comment:
        "src/build/ runs after Astro has written every page (astro.config.mjs calls it): no page, island or course file leans on it.",
      severity: "error",
      from: { pathNot: "^src/build/" },
      to: { path: "^src/build/" },
    },
    {
      name: "nothing-imports-a-page",
      comment: "Pages are routes: what two pages share goes in a component, a layout or course/.",
      severity: "error",
      from: {},
      to: { path: "^src/pages/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".d.ts"],
    },
  },
};
