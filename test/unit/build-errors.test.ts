import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, sep } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import en from "../../src/i18n/en";
import fr from "../../src/i18n/fr";

const run = promisify(execFile);
// Inside the project: Astro keeps a build's prerender chunks beside an outside outDir's project,
// where two builds would overwrite each other. Every test that builds lives in this one file so
// that the builds run one at a time.
mkdirSync(".tmp", { recursive: true });
const outRoot = mkdtempSync(join(".tmp", "build-errors-"));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

const astroCommand = join("node_modules", "astro", "bin", "astro.mjs");

/** Build the site from a fixture content folder; resolve with its exit code and output. */
async function buildFixture(
  name: string,
  env: Record<string, string> = {},
  contentDir = `./test/fixtures/${name}`,
) {
  try {
    // Astro's own command under this Node, as `npm run build` runs it: npx would first start
    // npm to find it, about half a second a build.
    const { stdout, stderr } = await run(process.execPath, [astroCommand, "build"], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        CX_CONTENT_DIR: contentDir,
        CX_OUT_DIR: join(outRoot, name),
        NO_COLOR: "1",
        ...env,
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** The partly translated fixture, built once for the tests that read it. */
let partial: ReturnType<typeof buildFixture> | undefined;
const partialBuild = () => (partial ??= buildFixture("translation-partial"));

describe("building a curriculum", () => {
  it("succeeds for sound content", async () => {
    const { code, output } = await buildFixture("valid");
    expect(output).toContain("/modules/start/index.html");
    expect(code).toBe(0);
    // No film and no commitment in its modules: no file of their words to fetch either.
    expect(output).toMatch(/\/quiz-data\/strings\.en\.resetModule\.\w+\.json/);
    expect(output).not.toMatch(/\/quiz-data\/strings\.en\.(film|commitment)\./);
  });

  it("fails on bad frontmatter, naming the file, the fields and the fix", async () => {
    const { code, output } = await buildFixture("bad-frontmatter");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/bad-frontmatter/modules/broken-module.mdx");
    expect(output).toContain("title: add a title");
    expect(output).toContain(
      "tracks.0: use one of the tracks in course.yaml: orientation, leader, self-paced",
    );
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

// Each authoring mistake in a quiz stops the build with a message that names the file, the
// question and the fix. Each fixture under test/fixtures/quiz-* holds one kind of mistake. These
// live in this file because builds share .astro/ in the project: two at once would race.
describe("building a curriculum with a broken quiz", () => {
  it("fails on an unknown quiz id, naming the module file and the quizzes there are", async () => {
    const { code, output } = await buildFixture("quiz-unknown-id");
    expect(code).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/quiz-unknown-id/modules/start.mdx: <Quiz id="basic" /> names no quiz. ' +
        "Create content/quizzes/basic.yaml or use one of: basics.",
    );
  });

  it("fails on a heading inside <InThePackage>, naming the file, the line and the fix", async () => {
    const { code, output } = await buildFixture("context-heading");
    expect(code).not.toBe(0);
    expect(output).toContain(
      "test/fixtures/context-heading/modules/start.mdx:13: <InThePackage> holds a heading. A module's headings are the same in every context: put the heading outside",
    );
  });

  it("fails on a single-choice question with no right option or with two", async () => {
    const { code, output } = await buildFixture("quiz-single-correct");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/quiz-single-correct/quizzes/basics.yaml");
    expect(output).toContain(
      'questions.0.options: question 1 ("no-right-answer"): a single-choice question needs exactly one option with correct: true; this one has 0.',
    );
    expect(output).toContain(
      'questions.1.options: question 2 ("two-right-answers"): a single-choice question needs exactly one option with correct: true; this one has 2.',
    );
  });

  it("fails on an ordering question with fewer than three items", async () => {
    const { code, output } = await buildFixture("quiz-ordering-short");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/quiz-ordering-short/quizzes/basics.yaml");
    expect(output).toContain(
      'questions.0.items: question 1 ("two-steps"): an ordering question needs at least three items',
    );
  });

  it("fails on an option with no feedback, naming the question and the option", async () => {
    const { code, output } = await buildFixture("quiz-no-feedback");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/quiz-no-feedback/quizzes/basics.yaml");
    expect(output).toContain(
      'questions.0.options.1.feedback: question 1 ("silent-option"): add feedback that explains why this option is right or wrong',
    );
  });

  it("fails on duplicate ids, of questions and of options", async () => {
    const { code, output } = await buildFixture("quiz-duplicate-ids");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/quiz-duplicate-ids/quizzes/basics.yaml");
    expect(output).toContain(
      'questions.0.options.1.id: question 1 ("first"): id "listen" is used twice in this question\'s options',
    );
    expect(output).toContain(
      'questions.1.id: question 2 ("first"): id "first" is used twice in this quiz',
    );
  });
});

describe("building a curriculum with a glossary", () => {
  it("fails when a term names a module that does not exist, naming the term and the choices", async () => {
    const { code, output } = await buildFixture("glossary-unknown-module");
    expect(code).not.toBe(0);
    expect(output).toContain(
      'glossary.yaml: the term "Kudos" (id kudos) names "strat" in modules, but no module has that id.',
    );
    expect(output).toContain("one of: next, start");
  });
});

describe("building a curriculum that refers to its principles", () => {
  it("fails on a reference to a principle that does not exist, naming the file and the ids", async () => {
    const { code, output } = await buildFixture("principle-unknown");
    expect(code).not.toBe(0);
    expect(output).toContain(
      'quizzes/basics.yaml: the principle "listen-frist" is not in content/principles.yaml. Use one of: listen-first',
    );
  });
});

describe("building with a mistake in the course file", () => {
  // Each stops the build before anything else is built, naming the file, the field and the fix.
  const mistakes = {
    "course-missing-name":
      "organisation: add the organisation's name, for example: organisation: Northbank",
    "course-bad-code": "tracks.1.code: use exactly 3 capital letters, for example: code: BRS",
    "course-duplicate-code":
      'tracks.2.code: "ORI" is already the code of tracks.0; each track needs its own',
    "course-missing-logo":
      "logo: there is no file our-logo.svg in test/fixtures/course-missing-logo/: add it, or remove the logo line",
    "course-unreadable-colour":
      'colours.light.primary: "#1f5f8bz" is not a colour this site can read',
    "course-low-contrast":
      'colours.light.primary: "#7fa7c9" has a contrast of 2.23:1 against the light background #f3f0ea; text and links need 4.5:1. Try "#4a7190", the nearest colour that passes.',
  };
  for (const [fixture, message] of Object.entries(mistakes)) {
    it(`fails on ${fixture.replace("course-", "").replaceAll("-", " ")}`, async () => {
      const { code, output } = await buildFixture(fixture);
      expect(code).not.toBe(0);
      expect(output).toContain(`test/fixtures/${fixture}/course.yaml has a problem:`);
      expect(output).toContain(message);
    });
  }

  describe("a module's picture and tracks", () => {
    // One build reports every problem at once: an unknown icon, a missing cover, an open track.
    let built: ReturnType<typeof buildFixture> | undefined;
    const build = () => (built ??= buildFixture("module-pictures-tracks"));

    it("fails on an icon Lucide does not have, naming the file, the field and the fix", async () => {
      const { code, output } = await build();
      expect(code).not.toBe(0);
      expect(output).toContain(
        'test/fixtures/module-pictures-tracks/modules/start.mdx: icon "compas" is not a Lucide icon. Pick a name from https://lucide.dev/icons',
      );
    });

    it("fails on a cover that is not in the content folder", async () => {
      const { code, output } = await build();
      expect(code).not.toBe(0);
      expect(output).toContain(
        'test/fixtures/module-pictures-tracks/modules/next.mdx: cover "covers/next.jpg" is not in test/fixtures/module-pictures-tracks/. Add the image there',
      );
    });

    it("fails on a track that holds a module but not the module it needs, naming both files", async () => {
      const { code, output } = await build();
      expect(code).not.toBe(0);
      expect(output).toContain(
        'test/fixtures/module-pictures-tracks/modules/next.mdx: the track "leader" holds this module, which needs "start" (test/fixtures/module-pictures-tracks/modules/start.mdx), which is not in that track. Add leader to the tracks of test/fixtures/module-pictures-tracks/modules/start.mdx',
      );
    });
  });

  it("fails on a module naming a track the course file lacks", async () => {
    const { code, output } = await buildFixture("course-unknown-track");
    expect(code).not.toBe(0);
    expect(output).toContain("test/fixtures/course-unknown-track/modules/next.mdx");
    expect(output).toContain(
      "tracks.1: use one of the tracks in course.yaml: orientation, leader, self-paced",
    );
  });

  it("stops the package build when the course's record could outgrow SCORM's suspend data", async () => {
    // The valid fixture with 60 more modules of long ids, all in orientation.
    const contentDir = join(outRoot, "many-modules-content");
    cpSync("test/fixtures/valid", contentDir, { recursive: true });
    for (let index = 0; index < 60; index++) {
      writeFileSync(
        join(contentDir, "modules", `a-module-with-a-rather-long-identifier-${index}.mdx`),
        `---\ntitle: Module ${index}\nsummary: One of many.\ntracks: [orientation]\nprerequisites: []\nminutes: 5\norder: ${index + 3}\n---\n\nProse.\n`,
      );
    }
    const normal = await buildFixture("many-modules", {}, contentDir);
    expect(normal.code).toBe(0);
    const { code, output } = await buildFixture(
      "many-modules-package",
      { CX_PACKAGE: "1" },
      contentDir,
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /content\/modules\/: a learner's full record of the course's \d+ modules takes up to \d+ characters, and a package writes at most 4000 to cmi\.suspend_data/,
    );
    expect(output).toContain("Use shorter module and quiz ids");
  });
});

// A film's mistakes stop the build too, each naming the module file and the fix.
describe("building a curriculum with broken films", () => {
  it("fails on a missing film, a checkpoint after the end and a platform not in media", async () => {
    const contentDir = join(outRoot, "films-content");
    cpSync("test/fixtures/valid", contentDir, { recursive: true });
    const start = join(contentDir, "modules", "start.mdx");
    writeFileSync(
      start,
      readFileSync(start, "utf8") +
        `\n<Video film="no-such-film" title="Gone" />\n` +
        `\n<Video film="empathy" title="Late" checkpoints={[{ at: "3:00", quiz: "basics" }]} />\n` +
        `\n<Video film="empathy" title="Elsewhere" platform="https://www.youtube-nocookie.com/embed/x" duration="2:00" />\n`,
    );
    const { code, output } = await buildFixture("films", {}, contentDir);
    expect(code).not.toBe(0);
    const file = `${contentDir}/modules/start.mdx`;
    expect(output).toContain(
      `${file}: <Video film="no-such-film" />: there is no folder public/films/no-such-film/`,
    );
    expect(output).toContain(
      `${file}: <Video film="empathy" />: the checkpoint at 3:00 comes after the film's end (2:00): give a time before 2:00`,
    );
    expect(output).toContain(
      "which content/course.yaml does not list under media. Add it there (media: [https://www.youtube-nocookie.com])",
    );
  });
});

// A translation is words only: its UI strings must say everything English says, and its
// content must translate something English has.
describe("building a course in two languages", () => {
  it("fails on a UI string missing in French, naming the language, the file and the key", async () => {
    const { code, output } = await buildFixture("strings-missing-key", {
      CX_STRINGS_DIR: "test/fixtures/strings-missing-key/strings",
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/strings-missing-key/strings/fr.ts: fr: the string "layout.glossary" is missing; English says "Glossary"',
    );
  });

  it("shows a module not yet translated in English with a notice, and lists it", async () => {
    const { code, output } = await partialBuild();
    expect(output).toContain("[cx] fr: not translated yet, shown in English: next");
    expect(code).toBe(0);
    const page = readFileSync(
      join(outRoot, "translation-partial", "fr", "modules", "next", "index.html"),
      "utf8",
    );
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain("Ce module n’est pas encore traduit en français");
    expect(page).toContain("<h1>Next step</h1>");
    const translated = readFileSync(
      join(outRoot, "translation-partial", "fr", "modules", "start", "index.html"),
      "utf8",
    );
    expect(translated).toContain("<h1>Commencer ici</h1>");
  });

  it("writes each module page's quizzes and each language's quiz strings as files the page names", async () => {
    expect((await partialBuild()).code).toBe(0);
    const out = join(outRoot, "translation-partial");
    const dataDir = join(out, "quiz-data");
    const written = readdirSync(dataDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.split(sep).join("/"))
      .sort();
    // Named by what they hold: a module in a language, a language's strings, or a group of them
    // an island fetches as it hydrates or on a press (here the reset's alone: no module has a
    // film or a commitment), each track's stops (one file for every language), and a hash.
    expect(written.map((file) => file.replace(/\.[0-9a-f]{12}\.json$/, ""))).toEqual([
      "en/start",
      "fr/start",
      "strings.en",
      "strings.en.resetModule",
      "strings.fr",
      "strings.fr.resetModule",
      "tracks",
    ]);
    for (const file of written) {
      const hash = createHash("sha256")
        .update(readFileSync(join(dataDir, file)))
        .digest("hex");
      expect(file).toContain(`.${hash.slice(0, 12)}.json`);
    }

    const quiz = parse(
      readFileSync("test/fixtures/translation-partial/quizzes/basics.yaml", "utf8"),
    ) as {
      title: string;
      questions: { id: string; prompt: string; options: { feedback: string }[] }[];
    };
    const feedback = quiz.questions[0]!.options[1]!.feedback;
    for (const [lang, prefix, strings] of [
      ["en", "", en],
      ["fr", "/fr", fr],
    ] as const) {
      const page = readFileSync(join(out, prefix, "modules", "start", "index.html"), "utf8");
      // The quizzes' data in the quiz's <meta>; the strings file, which every page fetches its
      // notices' words from too, in one of its own on every page.
      const named = [
        /<meta name="cx-quiz-data" content="([^"]+)">/.exec(page)?.[1],
        /<meta name="cx-strings-file" content="([^"]+)">/.exec(page)?.[1],
      ];
      expect(named).toEqual([
        `/quiz-data/${written.find((file) => file.startsWith(`${lang}/start.`))}`,
        `/quiz-data/${written.find((file) => new RegExp(`^strings\\.${lang}\\.[0-9a-f]{12}\\.json$`).test(file))}`,
      ]);
      const [data, words] = named.map((path) => JSON.parse(readFileSync(join(out, path!), "utf8")));
      expect(data.module).toEqual({
        moduleId: "start",
        moduleQuizIds: ["basics"],
        moduleFilms: [],
        passMark: 0.8,
      });
      expect(data.quizzes.basics.title).toBe(quiz.title);
      expect(data.quizzes.basics.questions.map((each: { prompt: string }) => each.prompt)).toEqual(
        quiz.questions.map((each) => each.prompt),
      );
      expect(words).toEqual({ quiz: strings.quiz, notices: strings.notices });
      expect(data.quizzes.basics.questions[0].options[1].feedback).toBe(feedback);
      // The page carries neither: the quiz's island has its id only, its block no quiz group
      // and no notices (but the words for a quiz that cannot load).
      expect(page.includes(feedback)).toBe(false);
      expect(page.includes(strings.quiz.chooseOne)).toBe(false);
      expect(page.includes(JSON.stringify(strings.notices.dismiss))).toBe(false);
      expect(page.includes(strings.quizLoad.failed)).toBe(true);
      // Each track's stops, in order, from the one file every module page names: not in the page.
      const tracks = /<meta name="cx-track-stops" content="([^"]+)">/.exec(page)?.[1];
      expect(tracks).toBe(`/quiz-data/${written.find((file) => file.startsWith("tracks."))}`);
      expect(JSON.parse(readFileSync(join(out, tracks!), "utf8"))).toEqual({
        orientation: ["start", "next"],
        leader: ["start", "next"],
        "self-paced": ["start", "next"],
      });
      expect(page.includes("&quot;stops&quot;")).toBe(false);
    }
  });

  it("fails on a French module whose id matches no English one, naming the file and the ids", async () => {
    const { code, output } = await buildFixture("translation-unknown-module");
    expect(code).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/translation-unknown-module/fr/modules/strat.mdx: no English module has the id "strat". A translation has the file name of its original in content/modules/, one of: next, start.',
    );
  });
});

describe("building again", () => {
  it("copies the pages and search index nothing has changed for, and makes them again when content changes", async () => {
    const contentDir = join(outRoot, "rebuilt-content");
    cpSync("test/fixtures/valid", contentDir, { recursive: true });
    const build = () => buildFixture("rebuilt", {}, contentDir);
    const startPage = () =>
      readFileSync(join(outRoot, "rebuilt", "modules", "start", "index.html"), "utf8");
    /** How many files the build copied from the last one rather than made (src/course/page-cache.ts). */
    const copied = (output: string) =>
      Number(/pages: (\d+) copied from the last build/.exec(output)?.[1] ?? 0);
    /** Whether Astro rendered the page at `path` in this build. */
    const rendered = (output: string, path: string) =>
      new RegExp(`─ ${path.replaceAll(".", "\\.")} \\(\\+\\d+ms\\)`).test(output);
    /** Each file under `dir`, by path, with a digest of its bytes. */
    const filesIn = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
        .map((file) => `${file} ${createHash("sha256").update(readFileSync(file)).digest("hex")}`);
    const searchIndex = () => filesIn(join(outRoot, "rebuilt", "pagefind"));
    /** The whole built site: a build that copies pages makes the same site, byte for byte. */
    const siteFiles = () => filesIn(join(outRoot, "rebuilt"));

    const first = await build();
    expect(first.code).toBe(0);
    expect(copied(first.output)).toBe(0);
    expect(rendered(first.output, "/modules/start/index.html")).toBe(true);
    expect(first.output).toMatch(/pages: \d+ kept for the next build/);
    expect(first.output).toMatch(/search: \d+ pages indexed/);
    const firstPage = startPage();
    const firstIndex = searchIndex();
    const firstSite = siteFiles();

    // Nothing changed: every module page, the map and the rest are copied from the last build,
    // not rendered, and the site is the same, file for file.
    const second = await build();
    expect(second.code).toBe(0);
    for (const path of ["/modules/start/index.html", "/modules/next/index.html", "/index.html"]) {
      expect(rendered(second.output, path), path).toBe(false);
    }
    expect(copied(second.output)).toBeGreaterThan(0);
    expect(startPage()).toBe(firstPage);
    expect(siteFiles()).toEqual(firstSite);
    // The same pages: the last build's search index, not a new one.
    expect(second.output).toMatch(/search: \d+ pages as the last build indexed them/);
    expect(searchIndex()).toEqual(firstIndex);

    // Another module's title changes: the first module's page names it as what comes next.
    expect(firstPage).toContain("Next step");
    const next = join(contentDir, "modules", "next.mdx");
    writeFileSync(next, readFileSync(next, "utf8").replace("title: Next step", "title: Onward"));
    const third = await build();
    expect(third.code).toBe(0);
    expect(copied(third.output)).toBe(0);
    expect(rendered(third.output, "/modules/start/index.html")).toBe(true);
    expect(third.output).toMatch(/search: \d+ pages indexed/);
    expect(startPage()).toContain("Onward");
    expect(startPage()).not.toContain("Next step");
  });
});
