import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import type { Course } from "../../../src/course/course-file";
import type { TrackPlan } from "../../../src/lms/plan";
import { writePackages } from "../../../src/lms/packages";
import { STANDARDS, launchPath } from "../../../src/lms/standards";

/*
 * The package build's last step, over a tiny built site: one zip per track and standard, each
 * the whole site with its own launch page and a manifest that points at it. The end-to-end
 * tests open the real packages in an LMS.
 */

const work = mkdtempSync(join(tmpdir(), "cx-packages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = join(work, "site");
const out = join(work, "packages");
const tracks = ["orientation", "leader"];
const siteFiles = ["index.html", "modules/first/index.html", "_astro/runtime.AbC123.js"];
for (const file of [
  ...siteFiles,
  ...STANDARDS.flatMap((standard) => tracks.map((track) => launchPath(standard, track))),
]) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), `contents of ${file}`);
}

const course = {
  title: "Café & Co",
  tracks: tracks.map((id) => ({ id, name: `The ${id} track`, audience: `People in ${id}` })),
  lms: { reporting: "passed-incomplete" },
} as unknown as Course;
const plans = tracks.map(
  (id, index) => ({ id, name: `The ${id} track`, masteryScore: 70 + index }) as TrackPlan,
);
const lines: string[] = [];
await writePackages(site, out, course, plans, (line) => lines.push(line));
const unzip = (name: string) => unzipSync(readFileSync(join(out, name)));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("the LMS packages", () => {
  it("writes one zip per track and standard, named after the course", () => {
    expect(readdirSync(out).sort()).toEqual(
      tracks
        .flatMap((track) => STANDARDS.map((standard) => `cafe-co-${track}-${standard}.zip`))
        .sort(),
    );
    expect(lines).toHaveLength(tracks.length * STANDARDS.length);
  });

  it("puts the whole site in each, with that track's launch page only", () => {
    const files = Object.keys(unzip("cafe-co-leader-scorm2004.zip")).sort();
    expect(files).toEqual(
      ["imsmanifest.xml", ...siteFiles, launchPath("scorm2004", "leader")].sort(),
    );
  });

  it("points each manifest at the track's launch page, with its mastery score", () => {
    const scorm12 = text(unzip("cafe-co-leader-scorm12.zip")["imsmanifest.xml"]);
    expect(scorm12).toContain(`href="${launchPath("scorm12", "leader")}"`);
    expect(scorm12).toContain("<title>Café &amp; Co: The leader track</title>");
    // Passed is reported, so the LMS is given the mastery score.
    expect(scorm12).toContain("<adlcp:masteryscore>71</adlcp:masteryscore>");
    const cmi5 = text(unzip("cafe-co-orientation-cmi5.zip")["cmi5.xml"]);
    expect(cmi5).toContain(`<url>${launchPath("cmi5", "orientation")}</url>`);
    expect(cmi5).toContain('masteryScore="0.70"');
    expect(cmi5).toContain("People in orientation");
  });
});
