import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { extractText, getDocumentProxy } from "unpdf";
import { fillPrinciples } from "../../src/lib/principles";
import en from "../../src/i18n/en";
import fr from "../../src/i18n/fr";
import { fill } from "../../src/i18n/format";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/** The languages tests drive, with the site's own strings for them: "" is English at the root. */
export const languages = { en: { prefix: "", ui: en }, fr: { prefix: "/fr", ui: fr } } as const;
export type Lang = keyof typeof languages;

interface QuizFile {
  questions: {
    id: string;
    prompt: string;
    options: { text: string; correct?: boolean; feedback: string }[];
  }[];
}

/**
 * A quiz as learners see it, read from content/ so tests follow the content rather than copy it:
 * {principle:id} references filled in from content/principles.yaml, as the site does.
 */
export function readQuiz(id: string, lang: Lang = "en"): QuizFile {
  return readQuizFile(id, lang) as QuizFile;
}

function readQuizFile(id: string, lang: Lang = "en"): unknown {
  const folder = lang === "en" ? "content" : `content/${lang}`;
  const principles = parse(readFileSync(`${folder}/principles.yaml`, "utf8")) as {
    id: string;
    name: string;
  }[];
  const names = new Map(principles.map((principle) => [principle.id, principle.name]));
  return fillPrinciples(parse(readFileSync(`${folder}/quizzes/${id}.yaml`, "utf8")), names);
}

/** The text of a question's right answer, and of one wrong answer. */
export function answersOf(question: QuizFile["questions"][number]) {
  const right = question.options.find((option) => option.correct)!;
  const wrong = question.options.find((option) => !option.correct)!;
  return { right: right.text, wrong: wrong.text, wrongFeedback: wrong.feedback };
}

/** Axe violations against WCAG 2.2 A and AA, as short readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // A colour scheme switched a moment ago is still fading (cards ease their background): axe
  // would read the colours half-way. Wait for the transitions that end; looping ones never do.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Violations are all the tests read: axe keeps one example of each other kind of result.
  // And axe.run in the page, with its frames (legacy mode), rather than a partial run per frame
  // gathered in a new blank page: the same violations, frames included, in half the time.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * accessibilityViolations in the light colour scheme, then in the dark, on the page as it
 * stands: one visit checks both. Each violation is named with its scheme.
 */
export async function violationsLightAndDark(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await accessibilityViolations(page);
    found.push(...violations.map((violation) => `${colorScheme}: ${violation}`));
  }
  return found;
}

/** A page, or a frame inside one (a package inside an LMS): where a learner answers. */
export type PageOrFrame = Pick<Page, "getByRole" | "locator">;

/**
 * The question's fieldset, once its island has hydrated. Quizzes hydrate when the learner
 * reaches for them (client:reach): the pointer passes over the question first. A learner acting
 * earlier is covered by the island (quiz-reach.spec.ts), but a test should act on the live one.
 */
export async function questionGroup(page: PageOrFrame, prompt: string) {
  const group = page.getByRole("group", { name: prompt });
  await group.hover({ position: { x: 4, y: 4 } });
  await page.locator("astro-island", { has: group }).and(page.locator(":not([ssr])")).waitFor();
  return group;
}

/** Any question as authored, with the fields the answering helpers below read. */
interface AnyQuestion {
  id: string;
  type: string;
  prompt: string;
  answer?: boolean;
  options?: { text: string; correct?: boolean }[];
  items?: { text: string }[];
  pairs?: { left: string; right: string }[];
  steps?: {
    id: string;
    choices: { text: string; next?: string; outcome?: string }[];
  }[];
  outcomes?: { id: string; score: number }[];
  layout?: string;
  labels?: string[];
  statements?: { text: string }[];
}

/** The choice texts, step by step, that lead a scenario to its best outcome. */
export function bestScenarioPath(question: AnyQuestion): string[] {
  const steps = new Map(question.steps!.map((step) => [step.id, step]));
  const scoreOf = new Map(question.outcomes!.map((outcome) => [outcome.id, outcome.score]));
  const best = (stepId: string, seen: Set<string>): { score: number; path: string[] } => {
    let found = { score: -1, path: [] as string[] };
    for (const choice of steps.get(stepId)!.choices) {
      const next =
        choice.outcome !== undefined
          ? { score: scoreOf.get(choice.outcome)!, path: [] }
          : seen.has(choice.next!)
            ? { score: -1, path: [] }
            : best(choice.next!, new Set([...seen, choice.next!]));
      if (next.score > found.score)
        found = { score: next.score, path: [choice.text, ...next.path] };
    }
    return found;
  };
  const first = question.steps![0]!.id;
  return best(first, new Set([first])).path;
}

/**
 * Answer one question right (or, for reflections and scales, at all), as a learner would with
 * the mouse, saying "Sure" where the question asks. `reflection` is the text to write.
 */
export async function answerRight(
  page: PageOrFrame,
  question: AnyQuestion,
  reflection = "A note.",
  lang: Lang = "en",
) {
  const q = languages[lang].ui.quiz;
  const group = await questionGroup(page, question.prompt);
  switch (question.type) {
    case "single":
      await group
        .getByRole("radio", { name: question.options!.find((o) => o.correct)!.text, exact: true })
        .check();
      break;
    case "true-false":
      await group
        .getByRole("radio", { name: question.answer ? q.trueLabel : q.falseLabel, exact: true })
        .check();
      break;
    case "multiple":
      for (const option of question.options!.filter((candidate) => candidate.correct)) {
        await group.getByRole("checkbox", { name: option.text, exact: true }).check();
      }
      break;
    case "ordering": {
      const texts = () =>
        itemsInOrder(
          group,
          question.items!.map((item) => item.text),
        );
      for (const [target, item] of question.items!.entries()) {
        const moveUp = group.getByRole("button", {
          name: fill(q.moveUpLabel, { text: item.text }),
        });
        while ((await texts()).indexOf(item.text) > target) await moveUp.click();
      }
      break;
    }
    case "matching":
      for (const pair of question.pairs!) {
        await group.getByRole("combobox", { name: pair.left }).selectOption({ label: pair.right });
      }
      break;
    case "scenario": {
      const responses = group.getByRole("group", { name: q.howRespond });
      for (const text of bestScenarioPath(question)) {
        await responses.getByRole("button", { name: text, exact: true }).click();
      }
      await expect(group).toHaveAttribute("data-answered", "");
      return;
    }
    case "reflection":
      if (question.layout === "empathy-map") {
        await group.getByRole("textbox", { name: q.empathySays, exact: true }).fill(reflection);
      } else {
        await group.getByRole("textbox", { name: q.yourReflection }).fill(reflection);
      }
      await group.getByRole("button", { name: q.saveHere }).click();
      await expect(group).toHaveAttribute("data-answered", "");
      return;
    case "scale": {
      // Each statement is a group of its own, named by its text.
      for (const { text } of question.statements!) {
        await group
          .getByRole("group", { name: text, exact: true })
          .getByRole("radio", { name: question.labels?.[2] ?? "Sometimes" })
          .check();
      }
      await group.getByRole("button", { name: q.showProfile }).click();
      await expect(group).toHaveAttribute("data-answered", "");
      return;
    }
  }
  const sure = group.getByRole("group", { name: q.howSureQuestion });
  if (await sure.count()) await sure.getByRole("radio", { name: q.sure, exact: true }).check();
  await group.getByRole("button", { name: q.check }).click();
  await expect(group.getByText(q.verdictCorrect)).toBeVisible();
}

/**
 * An ordering question's items as its list shows them, top to bottom: for each list item, the
 * longest of `texts` it shows ("" for none), read in one go.
 */
export async function itemsInOrder(group: Locator, texts: readonly string[]): Promise<string[]> {
  const shown = await group.getByRole("listitem").allTextContents();
  const longestFirst = [...texts].sort((a, b) => b.length - a.length);
  return shown.map((item) => longestFirst.find((text) => item.includes(text)) ?? "");
}

/** Every question of a quiz, as authored. */
export function readQuestions(quizId: string, lang: Lang = "en"): AnyQuestion[] {
  return (readQuizFile(quizId, lang) as { questions: AnyQuestion[] }).questions;
}

/** The quiz ids a module embeds with <Quiz />, in page order, read from its MDX. */
export function quizIdsOf(moduleId: string): string[] {
  const body = readFileSync(`content/modules/${moduleId}.mdx`, "utf8");
  return [...body.matchAll(/<Quiz\s+id="([^"]+)"/g)].map((match) => match[1]!);
}

/** The quiz ids a module's film asks at its checkpoints, read from its MDX. */
export function checkpointQuizIdsOf(moduleId: string): string[] {
  const body = readFileSync(`content/modules/${moduleId}.mdx`, "utf8");
  return [...body.matchAll(/\{\s*at:\s*"[^"]+",\s*quiz:\s*"([^"]+)"\s*\}/g)].map(
    (match) => match[1]!,
  );
}

/**
 * Once the learning map's code has read the learner's record: what a test waits for before it
 * looks for stored progress on the map. No learner sees that moment, so the map marks it with an
 * attribute for tests, rather than a role or a text.
 */
export async function mapHydrated(page: PageOrFrame) {
  await page.locator("[data-track][data-hydrated]").waitFor();
}

/**
 * Text the film's player always shows ("Watched: 0%"), in every language tests drive; any
 * space, a French non-breaking one too, as any white space.
 */
export const filmWatchedLine = new RegExp(
  Object.values(languages)
    .map(({ ui }) =>
      ui.film.watched
        .split("{")[0]!
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\s+/g, "\\s+"),
    )
    .join("|"),
);

/**
 * The film's player, once its island has hydrated (Astro drops `ssr` when it has): the learner
 * reaches for the film first (client:reach). The player's island is the one that says how much
 * has been watched.
 */
export async function filmReady(page: PageOrFrame) {
  const video = page.locator("figure video").first();
  await video.scrollIntoViewIfNeeded();
  await video.hover({ position: { x: 4, y: 4 } });
  await expect(
    page.locator("astro-island:not([ssr])", { hasText: filmWatchedLine }).first(),
  ).toBeAttached();
  return video;
}

/**
 * Play the module's film through at 16 times its speed, muted, answering each checkpoint right
 * and carrying on, until it ends and the share watched is saved.
 */
export async function watchFilmThrough(
  page: PageOrFrame & Pick<Page, "getByText">,
  moduleId: string,
  lang: Lang = "en",
) {
  const ui = languages[lang].ui;
  const video = await filmReady(page);
  await video.evaluate((element: HTMLVideoElement) => {
    element.muted = true;
    element.playbackRate = 16;
    return element.play();
  });
  for (const quizId of checkpointQuizIdsOf(moduleId)) {
    const resume = page.getByRole("button", { name: ui.film.resume });
    await expect(resume).toBeVisible({ timeout: 15_000 });
    for (const question of readQuestions(quizId, lang)) {
      await answerRight(page, question, "A note.", lang);
    }
    await resume.click();
  }
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.ended), { timeout: 20_000 })
    .toBe(true);
  // Nearly all of it: the first moments before the first tick may not count.
  const counts = new RegExp(
    fill(ui.film.watchedEnough, { share: "(?:9\\d|100)\\D?%" }).replace(/\. /g, "\\. "),
  );
  await expect(page.getByText(counts)).toBeVisible();
}

/** A share as the page shows it: "100%", "100 %". */
export function shownShare(share: number, lang: Lang = "en"): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** Open a module and answer every question of its quizzes right, until it shows as completed. */
export async function completeModule(page: Page, moduleId: string, lang: Lang = "en") {
  await page.goto(`${languages[lang].prefix}/modules/${moduleId}/`);
  if (checkpointQuizIdsOf(moduleId).length > 0) await watchFilmThrough(page, moduleId, lang);
  for (const quizId of quizIdsOf(moduleId)) {
    for (const question of readQuestions(quizId, lang)) {
      await answerRight(page, question, "A note.", lang);
    }
  }
  await expect(
    page.locator("article header").getByText(languages[lang].ui.common.completed),
  ).toBeVisible();
}

/** The modules' frontmatter, by id, as content/modules holds it. */
function readFrontmatter() {
  return readdirSync("content/modules")
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => {
      const text = readFileSync(`content/modules/${file}`, "utf8");
      const data = parse(text.split(/^---$/m)[1]!) as {
        title: string;
        tracks: string[];
        prerequisites: string[];
        order: number;
      };
      return { id: file.replace(/\.mdx$/, ""), ...data };
    });
}

/**
 * A track's modules in the order the course gives them (every module after its prerequisites,
 * then by `order`), read from the content, with their English titles.
 */
export function trackInOrder(track: string): { id: string; title: string }[] {
  const modules = readFrontmatter().filter((module) => module.tracks.includes(track));
  const placed: typeof modules = [];
  const remaining = [...modules].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  while (remaining.length > 0) {
    const index = remaining.findIndex((module) =>
      module.prerequisites.every((id) => placed.some((done) => done.id === id)),
    );
    placed.push(remaining.splice(Math.max(index, 0), 1)[0]!);
  }
  return placed.map(({ id, title }) => ({ id, title }));
}

/** The ids of a track's modules, read from the modules' frontmatter. */
export function modulesOfTrack(track: string): string[] {
  return readFrontmatter()
    .filter((module) => module.tracks.includes(track))
    .map((module) => module.id);
}

/**
 * Put a progress record in storage before the site's scripts run, once per test: later reloads
 * keep what the page saved since. Text is stored as it is (damaged records are text).
 */
export async function seedProgress(page: Page, progress: object | string) {
  await page.addInitScript(
    ({ key, text }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "yes");
      localStorage.setItem(key, text);
    },
    {
      key: PROGRESS_KEY,
      text: typeof progress === "string" ? progress : JSON.stringify(progress),
    },
  );
}

/** The number of pages in a PDF: its page objects, not its page-tree nodes (/Pages). */
export const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** All the text of a PDF, whatever compression Chromium used. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  return (await extractText(document, { mergePages: true })).text;
}

/** Where the site under test was built. */
export const outDir = process.env.CX_OUT_DIR ?? "dist";

/** Every built HTML page, as a site path such as /modules/x/ or /404.html. */
export function builtPages(dir = outDir, prefix = "/"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      return name === "pagefind" || name === "_astro" ? [] : builtPages(full, `${prefix}${name}/`);
    }
    if (!name.endsWith(".html")) return [];
    return [name === "index.html" ? prefix : `${prefix}${name}`];
  });
}

/** Whether a site path is a module page, in any language. */
export const isModulePage = (path: string) => /^(\/[a-z]{2})?\/modules\/[^/]+\/$/.test(path);

/** Every module page built, in every language: not only those a map links to. */
export const modulePages = (): string[] =>
  existsSync(outDir) ? builtPages().filter(isModulePage) : [];

/**
 * Load a page the way a learner uses it: scroll through it, the pointer passing over each
 * island that waits to be reached for (client:reach), so every island hydrates; then settle.
 */
export async function visitAsLearner(page: Page, path: string) {
  await page.goto(path);
  await useAsLearner(page);
}

/** On a page already open, what visitAsLearner does after opening it. */
export async function useAsLearner(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const island of document.querySelectorAll("astro-island[client=reach]")) {
      const part = island.firstElementChild ?? island;
      // A mouse moving over it: what client:reach takes for reaching (not a pointer-over alone).
      part.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, pointerType: "mouse" }));
    }
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("astro-island[ssr]")].every((island) =>
      island.closest("[hidden]"),
    ),
  );
  await page.waitForLoadState("networkidle");
}

/** The course file's tracks, in their order (content/course.yaml, or CX_CONTENT_DIR's). */
export function readCourseTracks(): {
  id: string;
  name: string;
  code: string;
  certificateTitle: string;
  order: number;
}[] {
  const dir = process.env.CX_CONTENT_DIR ?? "content";
  const course = parse(readFileSync(`${dir}/course.yaml`, "utf8")) as {
    tracks: ReturnType<typeof readCourseTracks>;
  };
  return [...course.tracks].sort((a, b) => a.order - b.order);
}

/** A track's name, as the course file gives it. */
export const courseTrackName = (id: string) =>
  readCourseTracks().find((track) => track.id === id)?.name ?? id;

/**
 * Hold back an island's component file (by name) until the returned function lets it come: the
 * learner acts while the code is away however slow the machine, and no timer decides when.
 */
export async function holdBack(page: Page, component: string) {
  let letItCome = () => {};
  const released = new Promise<void>((resolve) => (letItCome = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return letItCome;
}
