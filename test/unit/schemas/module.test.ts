import { describe, expect, it } from "vitest";
import { moduleSchemaFor } from "../../../src/schemas/module";

const moduleSchema = moduleSchemaFor({ trackIds: ["orientation", "leader", "self-paced"] });

const valid = {
  title: "Why customer focus",
  summary: "Why customers expect more, and what that asks of you.",
  tracks: ["orientation"],
  prerequisites: [],
  minutes: 12,
  order: 1,
};

/** The messages an author would see, one line per field. */
function messagesFor(frontmatter: unknown): string[] {
  const result = moduleSchema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("module frontmatter", () => {
  it("accepts a complete module and fills in the default pass mark", () => {
    const parsed = moduleSchema.parse(valid);
    expect(parsed.passMark).toBe(0.8);
    expect(parsed.tracks).toEqual(["orientation"]);
  });

  it("tells the author to add a missing title", () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(messagesFor(withoutTitle)).toMatchInlineSnapshot(`
      [
        "title: add a title, for example: title: Why customer focus",
      ]
    `);
  });

  it("names the allowed tracks when a track is misspelled", () => {
    expect(messagesFor({ ...valid, tracks: ["onboarding"] })).toMatchInlineSnapshot(`
      [
        "tracks.0: use one of the tracks in course.yaml: orientation, leader, self-paced",
      ]
    `);
  });

  it("asks for at least one track", () => {
    expect(messagesFor({ ...valid, tracks: [] })).toMatchInlineSnapshot(`
      [
        "tracks: name at least one track, for example: tracks: [orientation]",
      ]
    `);
  });

  it("explains that the pass mark is a share from 0 to 1", () => {
    expect(messagesFor({ ...valid, passMark: 80 })).toMatchInlineSnapshot(`
      [
        "passMark: passMark is a share from 0 to 1, for example 0.8 for 80%",
      ]
    `);
  });

  it("asks for minutes as a whole number when given text", () => {
    expect(messagesFor({ ...valid, minutes: "ten" })).toMatchInlineSnapshot(`
      [
        "minutes: add minutes as a whole number, for example: minutes: 12",
      ]
    `);
  });

  it("asks for prerequisites as module ids, not titles", () => {
    expect(messagesFor({ ...valid, prerequisites: ["Why customer focus"] })).toMatchInlineSnapshot(`
      [
        "prerequisites.0: use a module id: the file name without .mdx, such as why-customer-focus",
      ]
    `);
  });
});
