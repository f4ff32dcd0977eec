import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { componentsIn, facilitatorNotesIn } from "../../../src/course/mdx";
import { findRunSheetProblems, type RunSheetWords } from "../../../src/course/translations";

/** A module file's front matter and its facilitator notes, as the build reads them. */
function read(path: string) {
  const [, front = "", ...body] = readFileSync(path, "utf8").split(/^---$/m);
  return {
    data: parse(front) as { talkingPoints?: string[]; materials?: string[] },
    notes: facilitatorNotesIn(componentsIn(body.join("---"))),
  };
}

const languages = readdirSync("content", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
  .map((entry) => entry.name);

describe("a facilitator running the day in another language", () => {
  it("has every facilitator note, talking point and material in it, where the original has them", () => {
    expect(languages).toContain("fr");
    for (const lang of languages) {
      const dir = join("content", lang, "modules");
      for (const file of readdirSync(dir).filter((name) => name.endsWith(".mdx"))) {
        const original = read(join("content/modules", file));
        const translation = read(join(dir, file));
        expect(translation.notes.length, `${lang}/${file}: facilitator notes`).toBe(
          original.notes.length,
        );
        expect(translation.data.talkingPoints?.length, `${lang}/${file}: talking points`).toBe(
          original.data.talkingPoints?.length,
        );
        expect(translation.data.materials?.length, `${lang}/${file}: materials`).toBe(
          original.data.materials?.length,
        );
        // A twin is a translation, not a copy of the English.
        translation.notes.forEach((note, index) =>
          expect(note, `${lang}/${file}: note ${index + 1}`).not.toBe(original.notes[index]),
        );
      }
    }
  });

  it("all 35 of the course's facilitator notes are there in French", () => {
    const count = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".mdx"))
        .reduce((sum, file) => sum + read(join(dir, file)).notes.length, 0);
    expect(count("content/modules")).toBe(35);
    expect(count("content/fr/modules")).toBe(35);
  });

  it("stops the build naming the file when a translation falls short", () => {
    const words = (over: Partial<RunSheetWords>): RunSheetWords => ({
      id: "leading-the-culture",
      filePath: "content/modules/leading-the-culture.mdx",
      talkingPoints: 5,
      materials: 1,
      notes: 4,
      ...over,
    });
    const problems = findRunSheetProblems(
      [words({})],
      [words({ filePath: "content/fr/modules/leading-the-culture.mdx", notes: 3 })],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /content\/fr\/modules\/leading-the-culture\.mdx: it has 3 facilitator notes/,
    );
    expect(problems[0]).toMatch(/Translate each <FacilitatorNote>/);
    expect(findRunSheetProblems([words({})], [words({})])).toEqual([]);
  });
});
