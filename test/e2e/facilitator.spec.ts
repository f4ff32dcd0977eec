import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { componentsIn, facilitatorNotesIn } from "../../src/course/mdx";
import { getDocumentProxy } from "unpdf";
import { languages, violationsLightAndDark, outDir, pageCount, pdfText } from "./helpers";
import { fill } from "../../src/i18n/format";

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

/** The agenda's rows, one per item of the day: the rows with cells, not the header's. */
const agendaRows = (page: Page, heading = "Agenda") =>
  page
    .getByRole("region", { name: heading, exact: true })
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

/** The agenda's times, as "09:00–10:05": each row's first cell. */
async function agendaTimes(page: Page, heading?: string): Promise<string[]> {
  const rows = await agendaRows(page, heading).all();
  return Promise.all(
    rows.map(async (row) => (await row.getByRole("cell").first().textContent()) ?? ""),
  );
}

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
  const agenda = agendaRows(page);
  // The page's own HTML holds a default day from nine.
  await expect(agenda.first()).toContainText("09:00–");
  await page.getByLabel("Start time").fill("08:30");
  await expect(agenda.first()).toContainText("08:30–");
  const firstBreak = page.getByRole("group", { name: "Breaks" }).getByRole("combobox").first();
  await firstBreak.selectOption({ label: "20 minutes" });
  // A break's row, short or lunch, says so in its words.
  const breaks = agenda.filter({ has: page.getByRole("cell", { name: /^(Break|Lunch) \(/ }) });
  await expect(breaks.first()).toContainText("Break (20 minutes)");
  const times = await agendaTimes(page);

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
  await expect(page.getByRole("main")).not.toContainText(phraseOf(note));
});

test("a run sheet lists each module's scenarios with their branches and its team activities with what they need", async ({
  page,
}) => {
  await page.goto("/facilitator/leader/");
  // Each module is an article headed by its time slot, then its title.
  const module = page.getByRole("article", { name: /Leading the culture$/ });
  await expect(
    module.getByRole("heading", { name: "Team activity: Where our habits came from" }),
  ).toBeVisible();
  // What the activity needs, as a term and its description.
  await expect(module.getByRole("term").filter({ hasText: "You need" })).toBeVisible();
  await expect(
    module.getByRole("definition").filter({ hasText: "a whiteboard or a shared document" }),
  ).toBeVisible();
  await expect(module.getByRole("heading", { name: "Scenarios to play as a group" })).toBeVisible();
  // A scenario is a table of its steps, each choice with where it leads, quoted once.
  const branches = module.getByRole("table").first();
  await expect(branches.getByRole("columnheader", { name: "Leads to" })).toBeVisible();
  await expect(branches.getByRole("cell", { name: "Step 2", exact: true }).first()).toBeVisible();
  await expect(branches.getByRole("cell", { name: /^End: / }).first()).toBeVisible();
  for (const cell of await branches.getByRole("cell").allTextContents()) {
    expect(cell).not.toMatch(/^[“"]\s*[“"]|[”"]\s*[”"]$/);
  }
  // And how each ending plays out, under the table: the first ending it leads to, described.
  const ending = (await branches
    .getByRole("cell", { name: /^End: / })
    .first()
    .textContent())!;
  await expect(module.getByRole("heading", { name: "How it can end" }).first()).toBeVisible();
  await expect(
    module
      .getByRole("term")
      .filter({ hasText: ending.replace(/^End: /, "") })
      .first(),
  ).toBeVisible();
});

test("the run sheet has no accessibility violations, light and dark", async ({ page }) => {
  test.slow(); // the day's whole programme, checked in full twice
  await page.goto("/facilitator/leader/");
  await expect(page.getByLabel("Start time")).toBeEnabled();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

/** Each page of a PDF as its text lines, with how far down its page body the text reaches. */
async function pdfPages(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: { text: string; fill: number }[] = [];
  const mm = 72 / 25.4;
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , , height] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.flatMap((item) =>
      "str" in item && item.str.trim() ? [{ text: item.str, y: item.transform[5] as number }] : [],
    );
    // The body lies between the running header and the page number (the @page margins).
    const top = height - 15 * mm;
    const bottom = 13 * mm;
    const body = items.filter((item) => item.y < top && item.y > bottom);
    const lowest = Math.min(...body.map((item) => item.y));
    pages.push({
      text: items.map((item) => item.text).join(" "),
      fill: body.length === 0 ? 0 : (top - lowest) / (top - bottom),
    });
  }
  return pages;
}

for (const lang of ["en", "fr"] as const) {
  test(`the leader day prints on A4 as a dozen full pages with the agenda on page 1 (${lang})`, async ({
    page,
  }) => {
    const { prefix, ui } = languages[lang];
    await page.goto(`${prefix}/facilitator/leader/`);
    await expect(page.getByRole("button", { name: ui.runSheet.print })).toBeEnabled();
    const times = await agendaTimes(page, ui.runSheet.agendaHeading);
    expect(times.length).toBeGreaterThan(9);
    for (const time of times.join(" ").match(/\d\d:\d\d/g)!) {
      expect(Number(time.slice(3)) % 5, `${time} is not a time anyone would announce`).toBe(0);
    }

    const pages = await pdfPages(await page.pdf({ format: "A4" }));
    expect(pages.length).toBeLessThanOrEqual(14);
    expect(pages.length).toBeGreaterThan(5);
    // Page 1 holds the whole agenda: every line of it, and the day's end.
    const first = squeezed(pages[0]!.text);
    for (const time of times) expect(first).toContain(time);
    expect(first).toContain(ui.runSheet.materialsHeading);
    pages.forEach(({ text, fill: filled }, index) => {
      const number = fill(ui.runSheet.pageNumber, { page: index + 1, pages: pages.length });
      expect(squeezed(text), `page ${index + 1} shows its number`).toContain(number);
      if (index < pages.length - 1) {
        expect(filled, `page ${index + 1} is more than half empty`).toBeGreaterThan(0.5);
      }
    });
    // Every module is headed by its time slot on paper.
    const all = squeezed(pages.map((each) => each.text).join(" "));
    const modules = page.getByRole("article");
    expect(await modules.count()).toBeGreaterThan(0);
    for (const heading of await modules.getByRole("heading", { level: 2 }).allTextContents()) {
      const slot = heading.trim().match(/^\d\d:\d\d–\d\d:\d\d/)?.[0];
      expect(slot, `${heading} starts with its time slot`).toBeDefined();
      expect(all).toContain(slot);
    }
  });
}
