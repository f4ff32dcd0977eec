import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readCourse } from "../../../src/course/course-file";
import { insideContent } from "../../../src/course/inside-content";

/*
 * Each mistake in a course file has a fixture, and test/unit/build-errors.test.ts pins the
 * message a build gives for it. Here: the files that are right, and many problems at once.
 */

/** The problems readCourse reports for a course folder, one per line. */
function problemsOf(dir: string): string {
  try {
    readCourse(dir);
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

describe("files the course names", () => {
  it("refuses a logo outside the content folder, naming the field and the fix", () => {
    const root = mkdtempSync(join(tmpdir(), "course-"));
    const dir = join(root, "content");
    mkdirSync(dir);
    writeFileSync(join(root, "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const valid = readFileSync("test/fixtures/valid/course.yaml", "utf8");
    writeFileSync(join(dir, "course.yaml"), `${valid}\nlogo: ../logo.svg\n`);
    expect(problemsOf(dir)).toContain(
      "logo: ../logo.svg is outside " + relative(process.cwd(), dir),
    );
    expect(problemsOf(dir)).toContain("for example logo: logo.svg");
  });

  it("knows inside from outside", () => {
    expect(insideContent("content", "logo.svg")).toBe(true);
    expect(insideContent("content", "brand/logo.svg")).toBe(true);
    expect(insideContent("content", "brand/../logo.svg")).toBe(true);
    expect(insideContent("content", "..logo.svg")).toBe(true);
    expect(insideContent("content", "../logo.svg")).toBe(false);
    expect(insideContent("content", "brand/../../logo.svg")).toBe(false);
    expect(insideContent("content", "/etc/logo.svg")).toBe(false);
    expect(insideContent("content", ".")).toBe(false);
  });
});
