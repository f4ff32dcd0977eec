import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { componentsIn, facilitatorNotesIn } from "../../src/course/mdx";
import { accessibilityViolations, outDir, pageCount, pdfText } from "./helpers";

/*
 * Facilitator notes are for whoever runs a module as a classroom day: they never reach the
 * learner's page, nor the search index.
 */

/** Each module's facilitator notes, read from its MDX as the build reads it. */
const notes = readdirSync("content/modules")
  .filter((file) => file.endsWith(".mdx"))
  .flatMap((file) => {
    const body = readFileSync(join("content/modules", file), "utf8")
      .split(/^---$/m)
      .slice(2)
      .join("---");
    const moduleId = file.replace(/\.mdx$/, "");
    return facilitatorNotesIn(componentsIn(body)).map((text) => ({ moduleId, text }));
  });

/** A distinctive run of words from a note: its longest line's first eight words. */
const phraseOf = (text: string) =>
  text
    .split("\n")
    .sort((a, b) => b.length - a.length)[0]!
    .split(/\s+/)
    .slice(0, 8)
    .join(" ");

test("the leader track's modules have facilitator notes, and no learner's page shows them", () => {
  expect(notes.length).toBeGreaterThan(8);
  for (const { moduleId, text } of notes) {
    const html = readFileSync(join(outDir, "modules", moduleId, "index.html"), "utf8");
    expect(html, moduleId).not.toContain(phraseOf(text));
  }
});

test("search does not find a facilitator note's words, though it finds the module's", async ({
  page,
}) => {
  const { moduleId, text } = notes[0]!;
  await page.goto("/search/");
  const count = (query: string) =>
    page.evaluate(async (words) => {
      // The site's own Pagefind runtime, as the search dialog loads it.
      const url = "/pagefind/pagefind.js";
      const pagefind = (await import(/* @vite-ignore */ url)) as {
        search: (query: string) => Promise<{ results: unknown[] }>;
      };
      return (await pagefind.search(words)).results.length;
    }, query);
  const title = readFileSync(join("content/modules", `${moduleId}.mdx`), "utf8").match(
    /^title: (.+)$/m,
  )![1]!;
  expect(await count(`"${title}"`)).toBeGreaterThan(0);
  expect(await count(`"${phraseOf(text)}"`)).toBe(0);
});

/** Text with its white space as single spaces, for comparing across PDF line breaks. */
const squeezed = (text: string) => text.replace(/\s+/g, " ");

test("the leader track's run sheet prints with the agenda from the chosen start and the facilitator notes", async ({
  page,
}) => {
  const leaderNotes = notes.filter(({ moduleId }) =>
    /tracks: \[[^\]]*\bleader\b/.test(
      readFileSync(join("content/modules", `${moduleId}.mdx`), "utf8"),
    ),
  );
  expect(leaderNotes.length).toBeGreaterThan(8);
  await page.goto("/facilitator/leader/");
  const agenda = page.locator(".agenda-table tbody tr");
  // The page's own HTML holds a default day from nine.
  await expect(agenda.first()).toContainText("09:00–");
  await page.getByLabel("Start time").fill("08:30");
  await expect(agenda.first()).toContainText("08:30–");
  const firstBreak = page.locator(".agenda-break select").first();
  await firstBreak.selectOption({ label: "20 minutes" });
  await expect(page.locator('.agenda-table tr[data-kind="break"]').first()).toContainText(
    "Break (20 minutes)",
  );
  const times = await page.locator(".agenda-time").allTextContents();

  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ format });
    expect(pageCount(pdf), `pages in ${format}`).toBeGreaterThan(3);
    const text = squeezed(await pdfText(pdf));
    expect(text).toContain("Run sheet: Leader development");
    for (const time of [times[0]!, times.at(-1)!]) expect(text).toContain(time.split("–")[0]);
    for (const { text: note } of leaderNotes) expect(text).toContain(squeezed(phraseOf(note)));
    // The controls stay on the screen.
    expect(text).not.toContain("Start time");
  }
  // The learner's page of the same module shows none of it.
  const { moduleId, text: note } = leaderNotes[0]!;
  await page.goto(`/modules/${moduleId}/`);
  await expect(page.locator("main")).not.toContainText(phraseOf(note));
});

test("a run sheet lists each module's scenarios with their branches and its team activities with what they need", async ({
  page,
}) => {
  await page.goto("/facilitator/leader/");
  const module = page.locator("#module-leading-the-culture");
  await expect(
    module.getByRole("heading", { name: "Team activity: Where our habits came from" }),
  ).toBeVisible();
  await expect(module.locator(".run-setup")).toContainText("You need");
  await expect(module.locator(".run-setup")).toContainText("a whiteboard or a shared document");
  await expect(module.getByRole("heading", { name: "Scenarios to play as a group" })).toBeVisible();
  await expect(module.locator(".run-steps").first()).toContainText("→ step 2");
  await expect(module.locator(".run-outcomes").first()).not.toBeEmpty();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the run sheet has no accessibility violations (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto("/facilitator/leader/");
    await expect(page.getByLabel("Start time")).toBeEnabled();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
}
