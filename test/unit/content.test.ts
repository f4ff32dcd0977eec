/*
 * The content test suite: reads content/ as an author leaves it and checks what the schema alone
 * cannot, so that every module teaches, quizzes and cites the way the curriculum promises.
 *
 * Time estimate. A module's `minutes` must be within 30% of
 *   reading words / 180                     (the lesson before "## Sources", with the text
 *                                            <Principles /> shows from content/principles.yaml)
 *   + time for each question it embeds      (see questionMinutes below)
 *   + activityMinutes                        (practice away from the screen)
 * 180 words a minute is a careful reading pace for learning material rather than skimming.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  moduleSchemaFor,
  moduleWordsSchema,
  type ModuleFrontmatter,
} from "../../src/schemas/module";
import { courseTrackIds, getCourse } from "../../src/course";

const moduleSchema = moduleSchemaFor({
  trackIds: courseTrackIds(),
  everythingTrack: getCourse().everythingTrack,
});
import { quizSchema, type Question, type Quiz } from "../../src/schemas/quiz";
import { componentsIn, quizIdsIn } from "../../src/course/mdx";

const extractQuizIds = (body: string) => quizIdsIn(componentsIn(body));

const root = fileURLToPath(new URL("../../", import.meta.url));
// CX_CONTENT_DIR checks another curriculum, as the build does (a fork's, or a broken copy).
const contentDir = process.env.CX_CONTENT_DIR ?? join(root, "content");
const pagesDir = join(root, "src/pages");
const publicDir = join(root, "public");

const readingWordsPerMinute = 180;
const allowedTimeError = 0.3;

/** A module file split into what the schema reads and what the learner reads. */
interface ModuleFile {
  id: string;
  path: string;
  frontmatter: unknown;
  body: string;
}

/** A quiz file as parsed YAML, before the schema. */
interface QuizFile {
  id: string;
  path: string;
  raw: unknown;
}

function filesIn(dir: string, pattern: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
    : [];
}

/** YAML that could not be read; kept so that one broken file fails its own tests, not the suite. */
class YamlProblem {
  constructor(readonly message: string) {}
}

function parseYaml(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    return new YamlProblem(error instanceof Error ? error.message : String(error));
  }
}

/** The entries of a list file in content/, or none when it is missing or unreadable. */
function readYamlList(name: string): Record<string, unknown>[] {
  const path = join(contentDir, name);
  const list = existsSync(path) ? parseYaml(readFileSync(path, "utf8")) : [];
  // A broken file is reported by the build; here it only means nothing to count or link to.
  return Array.isArray(list) ? list : [];
}

/** Throws a message naming the file when its YAML could not be read. */
function assertReadable(raw: unknown, path: string): void {
  if (raw instanceof YamlProblem) throw new Error(`${path} is not valid YAML: ${raw.message}`);
}

function readModule(name: string): ModuleFile {
  const path = join(contentDir, "modules", name);
  const source = readFileSync(path, "utf8");
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return {
    id: name.replace(/\.mdx$/, ""),
    path: relative(root, path),
    frontmatter: match ? parseYaml(match[1]!) : undefined,
    body: match ? source.slice(match[0].length) : source,
  };
}

function readQuiz(name: string): QuizFile {
  const path = join(contentDir, "quizzes", name);
  return {
    id: name.replace(/\.ya?ml$/, ""),
    path: relative(root, path),
    raw: parseYaml(readFileSync(path, "utf8")),
  };
}

const modules = filesIn(join(contentDir, "modules"), /\.mdx$/).map(readModule);
const quizFiles = filesIn(join(contentDir, "quizzes"), /\.ya?ml$/).map(readQuiz);

/** The frontmatter after validation, or a failure naming the file and fields. */
function frontmatterOf(module: ModuleFile): ModuleFrontmatter {
  assertReadable(module.frontmatter, module.path);
  const result = moduleSchema.safeParse(module.frontmatter);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${module.path} has invalid frontmatter:\n  ${fields.join("\n  ")}`);
  }
  return result.data;
}

const validQuizzes = new Map<string, Quiz>();
for (const file of quizFiles) {
  const result = quizSchema.safeParse(file.raw);
  if (result.success) validQuizzes.set(file.id, result.data);
}

/** The `##` headings of a body, in order, without the hashes. */
function sectionHeadings(body: string): string[] {
  return [...withoutCode(body).matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]!);
}

function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
}

/** The text of one `##` section, up to the next `##` heading. */
function section(body: string, heading: string): string | undefined {
  const lines = body.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Words <Principles /> shows: each principle's name, summary and "In practice" line. */
const principlesWords = readYamlList("principles.yaml")
  .map(({ name, summary, inPractice }) =>
    countWords(`${name} ${summary} In practice: ${inPractice}`),
  )
  .reduce((total, words) => total + words, 0);

/**
 * Words a learner reads: the lesson before its Sources note, without markup. A learner reads
 * the web's words or the package's, never both: the package's are left out.
 */
function readingWords(body: string): number {
  const lesson = body
    .split(/^## Sources\s*$/m)[0]!
    .replace(/<InThePackage>[\s\S]*?<\/InThePackage>/g, " ");
  const prose = withoutCode(lesson)
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ") // components such as <Quiz id="..." /> are counted as questions
    .replace(/\]\([^)]*\)/g, "]"); // a link's address is not read
  const shownPrinciples = (lesson.match(/<Principles\b/g)?.length ?? 0) * principlesWords;
  return countWords(prose) + shownPrinciples;
}

/** The longest run of steps a learner can walk through in a scenario before its outcome. */
function longestScenarioPath(question: Extract<Question, { type: "scenario" }>): number {
  const steps = new Map(question.steps.map((step) => [step.id, step]));
  const walk = (id: string, seen: ReadonlySet<string>): number => {
    const step = steps.get(id);
    if (!step || seen.has(id)) return 0;
    const next = step.choices.map((choice) =>
      choice.next === undefined ? 0 : walk(choice.next, new Set([...seen, id])),
    );
    return 1 + Math.max(0, ...next);
  };
  return walk(question.steps[0]!.id, new Set());
}

/**
 * About how long a question takes, reading its feedback included: a minute for a single choice
 * or a true/false; a minute and a half where several things are weighed (multiple select,
 * ordering, matching); a minute per scenario step plus one for the debrief; three minutes to
 * write a reflection; a minute plus fifteen seconds a statement for a self-assessment scale.
 */
function questionMinutes(question: Question): number {
  switch (question.type) {
    case "single":
    case "true-false":
      return 1;
    case "multiple":
    case "ordering":
    case "matching":
      return 1.5;
    case "scenario":
      return longestScenarioPath(question) + 1;
    case "reflection":
      return 3;
    case "scale":
      return 1 + question.statements.length * 0.25;
  }
}

/** What the estimate in this file's header comment suggests for a module, in minutes. */
function estimatedMinutes(module: ModuleFile, frontmatter: ModuleFrontmatter): number {
  const questions = extractQuizIds(module.body).flatMap(
    (quizId) => validQuizzes.get(quizId)?.questions ?? [],
  );
  const quizMinutes = questions.reduce((total, question) => total + questionMinutes(question), 0);
  return (
    readingWords(module.body) / readingWordsPerMinute + quizMinutes + frontmatter.activityMinutes
  );
}

/** Every answer a learner can give in a question, with the feedback they then read. */
function feedbackOf(question: Question): { answer: string; feedback: string | undefined }[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.map((option) => ({
        answer: `option "${option.id}"`,
        feedback: option.feedback,
      }));
    case "true-false":
      return [
        { answer: '"true"', feedback: question.ifTrue },
        { answer: '"false"', feedback: question.ifFalse },
      ];
    case "ordering":
      return [{ answer: "any order", feedback: question.feedback }];
    case "matching":
      return question.pairs.map((pair) => ({
        answer: `pair "${pair.id}"`,
        feedback: pair.feedback,
      }));
    case "scenario":
      return [
        ...question.steps.flatMap((step) =>
          step.choices.map((choice) => ({
            answer: `choice "${step.id}/${choice.id}"`,
            feedback: choice.feedback,
          })),
        ),
        ...question.outcomes.map((outcome) => ({
          answer: `outcome "${outcome.id}" (debrief)`,
          feedback: outcome.debrief,
        })),
      ];
    case "reflection":
    case "scale":
      return []; // unscored: nothing is right or wrong, so there is no feedback to give
  }
}

/** Slugs of a body's headings as the site gives them ids (lower case, punctuation dropped). */
function headingSlugs(body: string): Set<string> {
  const slugs = new Set<string>();
  for (const [, text] of withoutCode(body).matchAll(/^#{2,6}\s+(.+?)\s*$/gm)) {
    const base = text!
      .replace(/[*_`]/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .replace(/\s/g, "-");
    let slug = base;
    for (let count = 1; slugs.has(slug); count++) slug = `${base}-${count}`;
    slugs.add(slug);
  }
  return slugs;
}

/** Links a body makes, in Markdown or as href attributes. */
function linksIn(body: string): string[] {
  const prose = withoutCode(body);
  const markdown = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const attributes = [...prose.matchAll(/\shref\s*=\s*["']([^"']+)["']/g)];
  return [...markdown, ...attributes].map((match) => match[1]!);
}

/** Site paths that src/pages and public/ serve, as patterns; `[param]` matches one segment. */
function sitePathPatterns(): RegExp[] {
  const walk = (dir: string, prefix: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir).flatMap((name) =>
          statSync(join(dir, name)).isDirectory()
            ? walk(join(dir, name), `${prefix}${name}/`)
            : [`${prefix}${name}`],
        )
      : [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, "\\$&");
  const pages = walk(pagesDir, "/")
    .filter((file) => /\.(astro|mdx?|html|[jt]s)$/.test(file))
    .map((file) => {
      const route = file.replace(/\.[^.]+$/, "").replace(/(^|\/)index$/, "$1");
      const pattern = route
        .split("/")
        .map((segment) =>
          /^\[\.\.\.[^\]]+\]$/.test(segment)
            ? ".*"
            : /^\[[^\]]+\]$/.test(segment)
              ? "[^/]+"
              : escape(segment),
        )
        .join("/");
      return new RegExp(`^${pattern.replace(/\/$/, "")}/?$`);
    });
  const assets = walk(publicDir, "/").map((file) => new RegExp(`^${escape(file)}$`));
  return [...pages, ...assets];
}

const moduleIds = new Set(modules.map((module) => module.id));
const glossaryIds = new Set(readYamlList("glossary.yaml").map((term) => String(term.id)));
const sitePaths = sitePathPatterns();

/** Why an internal link would lead nowhere, or undefined when it resolves. */
function deadLinkReason(link: string, fromModule: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) return undefined; // another site or scheme
  const url = new URL(link, `http://site/modules/${fromModule}/`);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (url.pathname === `/modules/${fromModule}/` && link.startsWith("#")) {
    const own = modules.find((module) => module.id === fromModule)!;
    return !anchor || headingSlugs(own.body).has(anchor)
      ? undefined
      : `no heading on this page has the id "${anchor}"`;
  }
  const moduleLink = /^\/modules\/([^/]+)(\/?)$/.exec(url.pathname);
  if (moduleLink) {
    const [, id, slash] = moduleLink;
    if (!moduleIds.has(id!)) return `no module has the id "${id}"`;
    if (!slash) return `write /modules/${id}/ with a trailing slash, as the site serves it`;
    const target = modules.find((module) => module.id === id)!;
    return !anchor || headingSlugs(target.body).has(anchor)
      ? undefined
      : `the module "${id}" has no heading with the id "${anchor}"`;
  }
  if (url.pathname === "/glossary/" && anchor && !glossaryIds.has(anchor)) {
    return `content/glossary.yaml has no term with the id "${anchor}"`;
  }
  return sitePaths.some((pattern) => pattern.test(url.pathname))
    ? undefined
    : `no page in src/pages or file in public/ serves ${url.pathname}`;
}

describe("the content folder", () => {
  it("holds modules and quizzes to check", () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(quizFiles.length).toBeGreaterThan(0);
  });

  it("gives every module its own title", () => {
    const byTitle = new Map<string, string[]>();
    for (const module of modules) {
      const title = String((module.frontmatter as { title?: unknown })?.title ?? "")
        .trim()
        .toLowerCase();
      byTitle.set(title, [...(byTitle.get(title) ?? []), module.id]);
    }
    const shared = [...byTitle.values()].filter((ids) => ids.length > 1);
    expect(shared, "modules sharing a title").toEqual([]);
  });

  it("embeds every quiz in a module, so none is written and never seen", () => {
    const embedded = new Set(modules.flatMap((module) => extractQuizIds(module.body)));
    const orphans = quizFiles.filter((quiz) => !embedded.has(quiz.id)).map((quiz) => quiz.path);
    expect(orphans, "quizzes no module embeds").toEqual([]);
  });
});

/** Modules whose frontmatter is valid, with it; invalid ones fail their own tests below. */
const validModules = modules.flatMap((module) => {
  const result = moduleSchema.safeParse(module.frontmatter);
  return result.success ? [{ ...module, data: result.data }] : [];
});

/** The valid modules of a track. */
function inTrack(track: ModuleFrontmatter["tracks"][number]) {
  return validModules.filter((module) => module.data.tracks.includes(track));
}

const totalMinutes = (list: { data: ModuleFrontmatter }[]) =>
  list.reduce((total, module) => total + module.data.minutes, 0);

// The shapes ../shared/CURRICULUM.md gives the tracks.
describe("the tracks", () => {
  it("makes orientation five or six short modules, about an hour in all (45 to 75 minutes)", () => {
    const orientation = inTrack("orientation");
    expect(orientation.length).toBeGreaterThanOrEqual(5);
    expect(orientation.length).toBeLessThanOrEqual(6);
    expect(totalMinutes(orientation)).toBeGreaterThanOrEqual(45);
    expect(totalMinutes(orientation)).toBeLessThanOrEqual(75);
  });

  it("lets a new hire finish orientation without a module from another track", () => {
    const orientation = new Set(inTrack("orientation").map((module) => module.id));
    const outside = inTrack("orientation").flatMap((module) =>
      module.data.prerequisites
        .filter((id) => !orientation.has(id))
        .map((id) => `${module.id} needs ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it("builds the leader track on orientation and itself only", () => {
    const allowed = new Set([...inTrack("orientation"), ...inTrack("leader")].map((m) => m.id));
    const outside = inTrack("leader").flatMap((module) =>
      module.data.prerequisites
        .filter((id) => !allowed.has(id))
        .map((id) => `${module.id} needs ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it("makes the leader track about a working day (5 to 8 hours)", () => {
    expect(totalMinutes(inTrack("leader"))).toBeGreaterThanOrEqual(5 * 60);
    expect(totalMinutes(inTrack("leader"))).toBeLessThanOrEqual(8 * 60);
  });
});

describe.each(modules.map((module) => [module.id, module] as const))("module %s", (_, module) => {
  it("has valid frontmatter with a summary and at least one track", () => {
    const frontmatter = frontmatterOf(module);
    expect(frontmatter.summary.length).toBeGreaterThanOrEqual(10);
    expect(frontmatter.tracks.length).toBeGreaterThan(0);
  });

  it("opens with why it matters to the learner's job", () => {
    expect(sectionHeadings(module.body)[0]).toBe("Why this matters to your job");
  });

  it("ends with a Sources note that names where its facts come from", () => {
    const headings = sectionHeadings(module.body);
    expect(headings.at(-1), `the last ## heading in ${module.path}`).toBe("Sources");
    expect(countWords(section(module.body, "Sources") ?? "")).toBeGreaterThanOrEqual(5);
  });

  it("embeds at least one quiz, and every quiz it embeds exists and is valid", () => {
    const quizIds = extractQuizIds(module.body);
    expect(quizIds.length, `<Quiz id="..." /> in ${module.path}`).toBeGreaterThan(0);
    for (const quizId of quizIds) {
      expect(validQuizzes.has(quizId), `content/quizzes/${quizId}.yaml exists and is valid`).toBe(
        true,
      );
    }
  });

  it("declares minutes within 30% of what its words, questions and activities suggest", () => {
    const frontmatter = frontmatterOf(module);
    const estimate = estimatedMinutes(module, frontmatter);
    const error = Math.abs(frontmatter.minutes - estimate) / estimate;
    expect(
      error,
      `${module.path} says ${frontmatter.minutes} minutes; its ${readingWords(module.body)} ` +
        `words, questions and activities suggest about ${Math.round(estimate)}`,
    ).toBeLessThanOrEqual(allowedTimeError);
  });

  it("links only to modules, glossary terms and pages that exist", () => {
    const dead = linksIn(module.body).flatMap((link) => {
      const reason = deadLinkReason(link, module.id);
      return reason ? [`${link}: ${reason}`] : [];
    });
    expect(dead, `dead links in ${module.path}`).toEqual([]);
  });
});

describe.each(quizFiles.map((quiz) => [quiz.id, quiz] as const))("quiz %s", (_, file) => {
  const quiz = (): Quiz => {
    assertReadable(file.raw, file.path);
    const result = quizSchema.safeParse(file.raw);
    if (result.success) return result.data;
    const fields = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${file.path} is not a valid quiz:\n  ${fields.join("\n  ")}`);
  };

  it("is a valid quiz", () => {
    expect(quiz().questions.length).toBeGreaterThan(0);
  });

  it("explains every answer a learner can give, in at least a short sentence", () => {
    const unexplained = quiz().questions.flatMap((question) =>
      feedbackOf(question)
        .filter(({ feedback }) => (feedback?.match(/\S+/g)?.length ?? 0) < 6)
        .map(({ answer }) => `${question.id}: ${answer}`),
    );
    expect(unexplained, `answers in ${file.path} without feedback that explains why`).toEqual([]);
  });

  it("starts feedback with the reason, since the quiz already shows the verdict", () => {
    // A verdict word followed by punctuation ("Right.", "No,"), not "Right now" or "No one".
    const verdict = /^(?:✓|✗|(?:correct|right|wrong|incorrect|not quite|yes|no|exactly)[.!,:;])/i;
    const repeated = quiz().questions.flatMap((question) =>
      feedbackOf(question)
        .filter(({ feedback }) => verdict.test(feedback?.trim() ?? ""))
        .map(({ answer }) => `${question.id}: ${answer}`),
    );
    expect(repeated, `feedback in ${file.path} that opens with a verdict`).toEqual([]);
  });

  it("lets a learner reach every step and outcome of its scenarios from the first step", () => {
    for (const question of quiz().questions) {
      if (question.type !== "scenario") continue;
      const reached = new Set<string>();
      const queue = [question.steps[0]!.id];
      while (queue.length > 0) {
        const stepId = queue.shift()!;
        if (reached.has(stepId)) continue;
        reached.add(stepId);
        for (const choice of question.steps.find((step) => step.id === stepId)?.choices ?? []) {
          if (choice.next !== undefined) queue.push(choice.next);
          if (choice.outcome !== undefined) reached.add(choice.outcome);
        }
      }
      const unreachable = [...question.steps, ...question.outcomes]
        .map((item) => item.id)
        .filter((id) => !reached.has(id));
      expect(unreachable, `unreachable in ${file.path} scenario ${question.id}`).toEqual([]);
    }
  });

  it("gives every scenario an outcome worth full marks, so a learner who chooses well passes", () => {
    for (const question of quiz().questions) {
      if (question.type !== "scenario") continue;
      const best = Math.max(...question.outcomes.map((outcome) => outcome.score));
      expect(best, `the best outcome of ${question.id} in ${file.path}`).toBe(1);
    }
  });
});

/*
 * Translations (content/<lang>/): the same promises in every language. A translated module has
 * only its words (title, summary, prose); its minutes and tracks are its English original's, so
 * its own words must still fit those minutes.
 */
const translations = existsSync(contentDir)
  ? readdirSync(contentDir).filter(
      (name) =>
        /^[a-z]{2,3}(-[A-Z]{2})?$/.test(name) && statSync(join(contentDir, name)).isDirectory(),
    )
  : [];
/** How each translation opens and ends its modules: the same sections, in its own words. */
const translatedHeadings: Record<string, { first: string; sources: string }> = {
  fr: { first: "Pourquoi c’est important dans votre travail", sources: "Sources" },
};

describe.each(translations)("the %s translation", (lang) => {
  const dir = join(contentDir, lang);
  const headings = translatedHeadings[lang] ?? {
    first: "Why this matters to your job",
    sources: "Sources",
  };
  const originals = new Map(modules.map((module) => [module.id, module]));
  const translatedModules = filesIn(join(dir, "modules"), /\.mdx$/).map((name) => {
    const path = join(dir, "modules", name);
    const source = readFileSync(path, "utf8");
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
    return {
      id: name.replace(/\.mdx$/, ""),
      path: relative(root, path),
      frontmatter: match ? parseYaml(match[1]!) : undefined,
      body: match ? source.slice(match[0].length) : source,
    } satisfies ModuleFile;
  });
  const translatedQuizzes = filesIn(join(dir, "quizzes"), /\.ya?ml$/).map((name) => {
    const path = join(dir, "quizzes", name);
    return {
      id: name.replace(/\.ya?ml$/, ""),
      path: relative(root, path),
      raw: parseYaml(readFileSync(path, "utf8")),
    };
  });

  it.each(translatedModules.map((module) => [module.id, module] as const))(
    "module %s has its original's id, a summary, the same quizzes and a Sources note",
    (_, module) => {
      const original = originals.get(module.id);
      expect(original, `${module.path} has the id of a module in content/modules/`).toBeDefined();
      const words = moduleWordsSchema.parse(module.frontmatter);
      expect(words.summary.length).toBeGreaterThanOrEqual(10);
      expect(extractQuizIds(module.body)).toEqual(extractQuizIds(original!.body));
      const sections = sectionHeadings(module.body);
      expect(sections[0]).toBe(headings.first);
      expect(sections.at(-1), `the last ## heading in ${module.path}`).toBe(headings.sources);
      expect(countWords(section(module.body, headings.sources) ?? "")).toBeGreaterThanOrEqual(5);
    },
  );

  it.each(translatedModules.map((module) => [module.id, module] as const))(
    "module %s fits its original's minutes (within 30%)",
    (_, module) => {
      const original = originals.get(module.id)!;
      const frontmatter = frontmatterOf(original);
      const estimate = estimatedMinutes(module, frontmatter);
      const error = Math.abs(frontmatter.minutes - estimate) / estimate;
      expect(
        error,
        `${module.path}: its original says ${frontmatter.minutes} minutes; its ${readingWords(module.body)} words suggest about ${Math.round(estimate)}`,
      ).toBeLessThanOrEqual(allowedTimeError);
    },
  );

  it.each(translatedQuizzes.map((quiz) => [quiz.id, quiz] as const))(
    "quiz %s is valid and explains every answer a learner can give",
    (_, file) => {
      expect(validQuizzes.has(file.id), `${file.path} translates a quiz in content/quizzes/`).toBe(
        true,
      );
      assertReadable(file.raw, file.path);
      const quiz = quizSchema.parse(file.raw);
      const unexplained = quiz.questions.flatMap((question) =>
        feedbackOf(question)
          .filter(({ feedback }) => (feedback?.match(/\S+/g)?.length ?? 0) < 6)
          .map(({ answer }) => `${question.id}: ${answer}`),
      );
      expect(unexplained, `answers in ${file.path} without feedback that explains why`).toEqual([]);
    },
  );
});
