// `npm run package`, after the package build: one zip per track per standard in packages/,
// <course>-<track>-scorm12.zip, -scorm2004.zip and -cmi5.zip, each the whole site (relative
// addresses, see src/lms/) with its track's launch page and its manifest.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { zipSync } from "fflate";

const siteDir = process.env.CX_OUT_DIR ?? ".tmp/package-site";
const outDir = process.env.CX_PACKAGES_DIR ?? "packages";

/** @param {string} text */
const xml = (text) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");

/** @param {string} text */
const slug = (text) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "course";

/** @param {string} dir @returns {string[]} every file below dir, as a path relative to it */
function filesIn(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path).map((file) => `${name}/${file}`) : [name];
  });
}

/**
 * SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's extensions): one organization, one item,
 * one SCO resource whose launch page holds the session for the whole visit. The mastery score
 * is given only where the course reports passed: an LMS that has one turns the package's
 * "completed" into passed or failed at the end of a session (Moodle's "Mastery score
 * overrides status", on by default), and "passed" does not meet a "Completed" rule.
 */
function scormManifest({ id, title, track, launch, files, reporting }) {
  const mastery = reporting.startsWith("passed-")
    ? `\n        <adlcp:masteryscore>${track.masteryScore}</adlcp:masteryscore>`
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
      <item identifier="item-${xml(track.id)}" identifierref="resource-${xml(track.id)}" isvisible="true">
        <title>${xml(title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-${xml(track.id)}" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
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
function scorm2004Manifest({ id, title, track, launch, files }) {
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
      <item identifier="item-${xml(track.id)}" identifierref="resource-${xml(track.id)}" isvisible="true">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-${xml(track.id)}" type="webcontent" adlcp:scormType="sco" href="${xml(launch)}">
${files.map((file) => `      <file href="${xml(file)}"/>`).join("\n")}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5 (Quartz): one course with one assignable unit, the track's launch page. */
function cmi5Manifest({ id, title, track, launch, lang }) {
  const text = (value) => `<langstring lang="${lang}">${xml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(id)}">
    <title>${text(title)}</title>
    <description>${text(track.audience)}</description>
  </course>
  <au id="${xml(`${id}/au`)}" moveOn="CompletedAndPassed" masteryScore="${(track.masteryScore / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${text(title)}</title>
    <description>${text(track.audience)}</description>
    <url>${xml(launch)}</url>
  </au>
</courseStructure>
`;
}

const course = JSON.parse(readFileSync(join(siteDir, "lms/plans.json"), "utf8"));
const courseSlug = slug(course.title);
const siteFiles = filesIn(siteDir).filter((file) => !file.startsWith("lms/"));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

for (const track of course.tracks) {
  for (const standard of ["scorm12", "scorm2004", "cmi5"]) {
    const launch = `lms/${standard}/${track.id}/index.html`;
    const files = [...siteFiles, launch].sort();
    const title = `${course.title}: ${track.name}`;
    const id = `urn:x-cx-learning-map:${courseSlug}:${track.id}`;
    const scormId = `${courseSlug}-${track.id}`;
    const { reporting } = course;
    const manifest =
      standard === "scorm12"
        ? {
            name: "imsmanifest.xml",
            text: scormManifest({ id: scormId, title, track, launch, files, reporting }),
          }
        : standard === "scorm2004"
          ? {
              name: "imsmanifest.xml",
              text: scorm2004Manifest({ id: scormId, title, track, launch, files }),
            }
          : { name: "cmi5.xml", text: cmi5Manifest({ id, title, track, launch, lang: "en" }) };
    /** @type {Record<string, Uint8Array>} */
    const entries = { [manifest.name]: new TextEncoder().encode(manifest.text) };
    for (const file of files) entries[file] = readFileSync(join(siteDir, file));
    const zip = zipSync(entries, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
    const name = `${courseSlug}-${track.id}-${standard}.zip`;
    writeFileSync(join(outDir, name), zip);
    console.log(
      `package: ${relative(".", join(outDir, name))} (${files.length} files, ${(zip.length / 1024).toFixed(0)} KB, mastery ${track.masteryScore})`,
    );
  }
}
