import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCourse } from "../../../src/course/course-file";

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
