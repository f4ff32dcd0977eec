import { expect, test, type Page } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  accessibilityViolations,
  courseTrackName,
  outDir,
  readCourseTracks,
  violationsLightAndDark,
} from "./helpers";

interface ModuleFile {
  id: string;
  title: string;
  summary: string;
  tracks: string[];
  body: string;
}

/** Every module as authored, read from content/ so the tests follow the content. */
function readModules(): ModuleFile[] {
  return readdirSync("content/modules")
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const source = readFileSync(join("content/modules", name), "utf8");
      const [, frontmatter = "", body = ""] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      const data = parse(frontmatter) as Omit<ModuleFile, "id" | "body">;
      return { ...data, id: name.replace(/\.mdx$/, ""), body };
    });
}

/** A few consecutive words from the first paragraph of prose in a module. */
function phraseFrom(module: ModuleFile): string {
  const paragraph = module.body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => /^[A-Z]/.test(block) && block.split(/\s+/).length > 12)!;
  return paragraph
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .slice(2, 8)
    .join(" ");
}

const trackName = courseTrackName;

const searchButton = (page: Page) => page.getByRole("button", { name: "Search" });
const searchDialog = (page: Page) => page.getByRole("dialog", { name: "Search" });
const searchField = (page: Page) =>
  searchDialog(page).getByRole("searchbox", { name: "Search modules and the glossary" });
const searchStatus = (page: Page) => searchDialog(page).getByRole("status");
const results = (page: Page) =>
  searchDialog(page).getByRole("list", { name: "Results" }).getByRole("listitem");
const resultLinks = (page: Page) => results(page).getByRole("link");

/** Open the dialog from the header once the trigger script has turned the link into a button. */
async function openSearch(page: Page) {
  await searchButton(page).click();
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchField(page)).toBeFocused();
}

test("a learner finds a module by a phrase from its prose and opens it with the keyboard alone", async ({
  page,
}) => {
  const module = readModules().find((candidate) => candidate.id === "our-experience-principles")!;
  const phrase = phraseFrom(module);
  await page.goto("/");
  await expect(searchButton(page)).toBeVisible();

  await page.keyboard.press("/");
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type(phrase);

  const card = results(page).filter({ has: page.getByText(module.title, { exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(searchStatus(page)).toContainText(`for “${phrase}”`);
  // The result shows where the match is, with the matched words highlighted, and the tracks.
  await expect(card.locator("mark").first()).toBeVisible();
  await expect(card).toContainText(module.tracks.map(trackName).join(", "));
  const target = card.getByRole("link");

  await page.keyboard.press("ArrowDown");
  for (let step = 0; step < 10; step++) {
    if (await target.evaluate((link) => link === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/modules/${module.id}/`));
  await expect(page.getByRole("heading", { level: 1, name: module.title })).toBeVisible();
});

test("Escape closes search and puts focus back on the search button", async ({ page }) => {
  await page.goto("/modules/why-customer-focus/");
  await searchButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type("customer");
  await expect(results(page).first()).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(searchDialog(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
});

test("Ctrl-K opens search from anywhere, and a slash typed into a field stays in the field", async ({
  page,
}) => {
  await page.goto("/search/");
  const pageField = page.getByRole("main").getByRole("searchbox");
  await pageField.fill("");
  await pageField.press("/");
  await expect(pageField).toHaveValue("/");
  await expect(searchDialog(page)).toBeHidden();

  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Control+k");
  await expect(searchDialog(page)).toBeVisible();
  await expect(searchField(page)).toBeFocused();
});

test("keys typed straight after the shortcut all reach the search field", async ({ page }) => {
  await page.goto("/glossary/");
  await expect(searchButton(page)).toBeVisible();
  await page.keyboard.press("/");
  await page.keyboard.type("Kudos");
  await expect(searchField(page)).toHaveValue("Kudos");
  await expect(searchStatus(page)).toContainText("for “Kudos”");
});

test("the track filter narrows results to modules in that track", async ({ page }) => {
  const modules = readModules();
  // The track that the most modules are not in, so filtering by it has something to remove.
  const tracks = readCourseTracks().map((course) => course.id);
  const track = tracks
    .map((id) => ({ id, missing: modules.filter((m) => !m.tracks.includes(id)).length }))
    .sort((a, b) => b.missing - a.missing)[0]!.id;
  const name = trackName(track);

  await page.goto("/");
  await openSearch(page);
  await searchField(page).fill("customer");
  await expect(results(page).first()).toBeVisible();
  const before = await results(page).count();
  // Each result says where it is: "Tracks: …" for a module, "Glossary" for a term.
  const outside = results(page).filter({
    hasNot: page.getByText(new RegExp(`^Tracks?: .*\\b${name}\\b`)),
  });
  expect(await outside.count()).toBeGreaterThan(0);

  await searchDialog(page).getByRole("radio", { name }).check();
  await expect(searchStatus(page)).toContainText(`in the ${name} track`);
  await expect(results(page).first()).toBeVisible();
  const after = await results(page).count();
  expect(after).toBeLessThan(before);
  expect(await outside.count()).toBe(0);
});

test("a word that appears only in a quiz's feedback is not found, so search gives no answers away", async ({
  page,
}) => {
  const modules = readModules();
  const glossary = readFileSync("content/glossary.yaml", "utf8");
  const principles = readFileSync("content/principles.yaml", "utf8");
  // Everything the index may contain, in lower case: module text, glossary and principles.
  const indexed = [...modules.map((m) => `${m.title} ${m.summary} ${m.body}`), glossary, principles]
    .join(" ")
    .toLowerCase();
  const indexedWords = new Set(indexed.match(/\p{L}+/gu));

  // A feedback word long enough to be distinctive, sharing no stem with any indexed word, that
  // the module page nevertheless ships (in the quiz island's data).
  let found: { word: string; moduleId: string } | undefined;
  for (const module of modules) {
    const quizIds = [...module.body.matchAll(/<Quiz\s+id="([^"]+)"/g)].map((match) => match[1]!);
    const html = readFileSync(join(outDir, "modules", module.id, "index.html"), "utf8");
    for (const quizId of quizIds) {
      const quiz = parse(readFileSync(`content/quizzes/${quizId}.yaml`, "utf8")) as {
        questions: { options?: { feedback?: string }[] }[];
      };
      const feedback = quiz.questions.flatMap((q) =>
        (q.options ?? []).map((o) => o.feedback ?? ""),
      );
      for (const word of feedback.join(" ").match(/\p{L}{8,}/gu) ?? []) {
        const stem = word.toLowerCase().slice(0, 6);
        const shared = [...indexedWords].some((other) => other.startsWith(stem));
        if (!shared && html.includes(word)) {
          found = { word, moduleId: module.id };
          break;
        }
      }
      if (found) break;
    }
    if (found) break;
  }
  expect(found, "no feedback word is absent from the module prose").toBeDefined();

  await page.goto(`/modules/${found!.moduleId}/`);
  await openSearch(page);
  await searchField(page).fill(found!.word);
  await expect(searchStatus(page)).toHaveText(`No results for “${found!.word}”.`);
  await expect(resultLinks(page)).toHaveCount(0);
});

test("a glossary term is found by search and opens at its definition", async ({ page }) => {
  const terms = parse(readFileSync("content/glossary.yaml", "utf8")) as {
    id: string;
    term: string;
    definition: string;
  }[];
  const term = terms.find((entry) => entry.id === "kudos") ?? terms[0]!;

  await page.goto("/");
  await openSearch(page);
  await searchField(page).fill(term.term);
  const hit = results(page).filter({ has: page.getByText(term.term, { exact: true }) });
  await expect(hit.filter({ hasText: "Glossary" })).toHaveCount(1);
  await hit.filter({ hasText: "Glossary" }).getByRole("link").click();

  await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
  await expect(page.getByRole("heading", { level: 2, name: term.term })).toBeInViewport();
});

test("the glossary links each term to a module that teaches it", async ({ page }) => {
  const terms = parse(readFileSync("content/glossary.yaml", "utf8")) as {
    id: string;
    term: string;
    modules: string[];
  }[];
  const term = terms[0]!;
  const module = readModules().find((candidate) => candidate.id === term.modules[0])!;

  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Glossary" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(terms.length);

  const entry = page.getByRole("article", { name: term.term, exact: true });
  await entry.getByRole("link", { name: module.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: module.title })).toBeVisible();
});

test("search loads nothing until it is opened, and its index nothing until the first search", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
  expect(requested.filter((path) => /SearchPanel|open\./.test(path))).toEqual([]);

  // Opening shows the search field; the index loads with the first search.
  await openSearch(page);
  expect(requested.filter((path) => path.startsWith("/pagefind/"))).toEqual([]);
  await searchField(page).fill("customer");
  await expect(results(page).first()).toBeVisible();
  expect(requested).toContain("/pagefind/pagefind.js");
});

test("open search with results has no accessibility violations, light and dark", async ({
  page,
}) => {
  await page.goto("/");
  await openSearch(page);
  await searchField(page).fill("customer");
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).locator("mark").first()).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test("the glossary and search pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/glossary/", "/search/"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await accessibilityViolations(page), path).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search link leads to a page that explains and offers the map and glossary", async ({
    page,
  }) => {
    await page.goto("/modules/why-customer-focus/");
    await page.getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    const notice = page.getByText("Search runs in your browser and needs JavaScript");
    await expect(notice).toBeVisible();
    await notice.getByRole("link", { name: "glossary" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
    await page.goBack();
    await notice.getByRole("link", { name: "learning map" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
