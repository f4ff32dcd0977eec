import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { zipSync } from "fflate";
import type { Course } from "../course/course-file";
import type { Reporting } from "../schemas/course";
import type { TrackPlan } from "./plan";
import { STANDARDS, launchPath, type Standard } from "./standards.ts";

/*
 * Build time, the package build's last step: one zip per track per standard,
 * <course>-<track>-scorm12.zip, -scorm2004.zip and -cmi5.zip, each the whole site (relative
 * addresses, ./relative.ts) with its track's launch page and its manifest.
 */

const xml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");

/** The course's title as a file name and identifier: "CX Learning Map" is cx-learning-map. */
export const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "course";

/** Every file below `dir`, as a path relative to it with forward slashes. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/** What a manifest says about one track in one package. */
interface Manifest {
  id: string;
  title: string;
  trackId: string;
  audience: string;
  masteryScore: number;
  launch: string;
  files: string[];
  reporting: Reporting;
  lang: string;
}

/**
 * SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's extensions): one organization, one item,
 * one SCO resource whose launch page holds the session for the whole visit. The mastery score
 * is given only where the course reports passed: an LMS that has one turns the package's
 * "completed" into passed or failed at the end of a session (Moodle's "Mastery score
 * overrides status", on by default), and "passed" does not meet a "Completed" rule.
 */
function scorm12Manifest({ id, title, trackId, masteryScore, launch, files, reporting }: Manifest) {
  const mastery = reporting.startsWith("passed-")
    ? `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item-${xml(trackId)}" identifierref="resource-${xml(trackId)}" isvisible="true">
        <title>${xml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-${xml(trackId)}" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join("\n")}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 3rd Edition (IMS Content Packaging 1.1.4 with ADL's CP extensions): one item, one
 * SCO, no sequencing rules, so the LMS's defaults apply (a single activity, no objectives or
 * passing score of its own: the package reports completion and success itself).
 */
function scorm2004Manifest({ id, title, trackId, launch, files }: Manifest) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 3rd Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item-${xml(trackId)}" identifierref="resource-${xml(trackId)}" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-${xml(trackId)}" type="webcontent" adlcp:scormType="sco" href="${xml(launch)}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join("\n")}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5 (Quartz): one course with one assignable unit, the track's launch page. */
function cmi5Manifest({ id, title, audience, masteryScore, launch, lang }: Manifest) {
  const text = (value: string) => `<langstring lang="${lang}">${xml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(id)}">
    <title>${text(title)}</title>
    <description>${text(audience)}</description>
  </course>
  <au id="${xml(`${id}/au`)}" moveOn="CompletedAndPassed" masteryScore="${(masteryScore / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${text(title)}</title>
    <description>${text(audience)}</description>
    <url>${xml(launch)}</url>
  </au>
</courseStructure>
`;
}

/** Each standard's manifest: its file name in the zip, and its text. */
const manifests: Record<Standard, { name: string; text: (manifest: Manifest) => string }> = {
  scorm12: { name: "imsmanifest.xml", text: scorm12Manifest },
  scorm2004: { name: "imsmanifest.xml", text: scorm2004Manifest },
  cmi5: { name: "cmi5.xml", text: cmi5Manifest },
};

/**
 * Write every track's packages for the site built in `siteDir` into `outDir` (emptied first),
 * from the plans its launch pages were built with. Calls `log` with a line per zip.
 */
export async function writePackages(
  siteDir: string,
  outDir: string,
  course: Course,
  plans: TrackPlan[],
  log: (line: string) => void,
): Promise<void> {
  const courseSlug = slug(course.title);
  // The launch pages are in lms/; each package holds its own only.
  const siteFiles = (await filesIn(siteDir)).filter((file) => !file.startsWith("lms/"));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const contents = new Map<string, Uint8Array>();
  for (const file of siteFiles) contents.set(file, await readFile(join(siteDir, file)));

  for (const plan of plans) {
    const track = course.tracks.find((candidate) => candidate.id === plan.id)!;
    for (const standard of STANDARDS) {
      const launch = launchPath(standard, plan.id);
      const files = [...siteFiles, launch].sort();
      const id =
        standard === "cmi5"
          ? `urn:x-cx-learning-map:${courseSlug}:${plan.id}`
          : `${courseSlug}-${plan.id}`;
      const manifest = manifests[standard];
      const text = manifest.text({
        id,
        title: `${course.title}: ${plan.name}`,
        trackId: plan.id,
        audience: track.audience,
        masteryScore: plan.masteryScore,
        launch,
        files,
        reporting: course.lms.reporting,
        lang: "en",
      });
      const entries: Record<string, Uint8Array> = {
        [manifest.name]: new TextEncoder().encode(text),
      };
      for (const file of files) {
        entries[file] = contents.get(file) ?? (await readFile(join(siteDir, file)));
      }
      const zip = zipSync(entries, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
      const name = `${courseSlug}-${plan.id}-${standard}.zip`;
      await writeFile(join(outDir, name), zip);
      log(
        `${relative(".", join(outDir, name))} (${files.length} files, ${(zip.length / 1024).toFixed(0)} KB, mastery ${plan.masteryScore})`,
      );
    }
  }
}
