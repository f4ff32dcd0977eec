import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCourse } from "../../../src/course/course-file";

/** The problems readCourse reports for a fixture's course file, one per line. */
function problemsOf(fixture: string): string {
  try {
    readCourse(fixture.includes("/") ? fixture : `test/fixtures/${fixture}`);
  } catch (error) {
    const { message, hint } = error as { message: string; hint?: string };
    return `${message}\n${hint ?? ""}`;
  }
  return "no problem";
}

describe("the course file", () => {
  it("reads the real course: three tracks in order, with their codes and settings", () => {
    const course = readCourse("content");
    expect(course.tracks.map((track) => `${track.id}:${track.code}`)).toEqual([
      "orientation:ORI",
      "leader:LDR",
      "self-paced:SLF",
    ]);
    expect(course.defaultTrack).toBe("orientation");
    expect(course.everythingTrack).toBe("self-paced");
  });

  it("reads a bank's course with its own logo and two tracks", () => {
    const course = readCourse("test/fixtures/bank");
    expect(course.organisation).toBe("Northbank");
    expect(course.logoSvg).toContain("<svg");
    expect(course.tracks.map((track) => track.id)).toEqual(["branch-staff", "people-leaders"]);
  });

  it("names the field when the organisation's name is missing", () => {
    expect(problemsOf("course-missing-name")).toMatchInlineSnapshot(`
      "test/fixtures/course-missing-name/course.yaml has a problem:
        - organisation: add the organisation's name, for example: organisation: Northbank
      Fix test/fixtures/course-missing-name/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("names the track when its code is not 3 letters", () => {
    expect(problemsOf("course-bad-code")).toMatchInlineSnapshot(`
      "test/fixtures/course-bad-code/course.yaml has a problem:
        - tracks.1.code: use exactly 3 capital letters, for example: code: BRS
      Fix test/fixtures/course-bad-code/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("names both tracks when a code is used twice", () => {
    expect(problemsOf("course-duplicate-code")).toMatchInlineSnapshot(`
      "test/fixtures/course-duplicate-code/course.yaml has a problem:
        - tracks.2.code: "ORI" is already the code of tracks.0; each track needs its own
      Fix test/fixtures/course-duplicate-code/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("says which logo file is missing", () => {
    expect(problemsOf("course-missing-logo")).toMatchInlineSnapshot(`
      "test/fixtures/course-missing-logo/course.yaml has a problem:
        - logo: there is no file our-logo.svg in test/fixtures/course-missing-logo/: add it, or remove the logo line
      Fix test/fixtures/course-missing-logo/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("says when a colour cannot be read", () => {
    expect(problemsOf("course-unreadable-colour")).toMatchInlineSnapshot(`
      "test/fixtures/course-unreadable-colour/course.yaml has a problem:
        - colours.light.primary: "#1f5f8bz" is not a colour this site can read: write it as "#1f5f8b", "rgb(31 95 139)" or a CSS colour name
      Fix test/fixtures/course-unreadable-colour/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("gives the contrast found and a nearby colour that passes", () => {
    expect(problemsOf("course-low-contrast")).toMatchInlineSnapshot(`
      "test/fixtures/course-low-contrast/course.yaml has a problem:
        - colours.light.primary: "#7fa7c9" has a contrast of 2.23:1 against the light background #f3f0ea; text and links need 4.5:1. Try "#4a7190", the nearest colour that passes.
      Fix test/fixtures/course-low-contrast/course.yaml: README.md, "Make it yours", lists every field with an example."
    `);
  });

  it("reports every problem at once", () => {
    const dir = mkdtempSync(join(tmpdir(), "course-"));
    const valid = readFileSync("test/fixtures/valid/course.yaml", "utf8");
    writeFileSync(
      join(dir, "course.yaml"),
      valid.replace("code: LDR", "code: ORI").replace('primary: "#8cc4ee"', 'primary: "#1f5f8b"'),
    );
    const problems = problemsOf(dir);
    expect(problems).toContain("has 2 problems");
    expect(problems).toContain('tracks.1.code: "ORI" is already the code of tracks.0');
    expect(problems).toContain("colours.dark.primary");
  });
});
