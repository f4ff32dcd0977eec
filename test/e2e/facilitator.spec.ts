import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { componentsIn, facilitatorNotesIn } from "../../src/course/mdx";
import { outDir } from "./helpers";

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
