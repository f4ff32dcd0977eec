import { expect, test } from "@playwright/test";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { posix } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";
import { outDir, readCourseTracks } from "./helpers";
import { packagePath, packagesDir, unzipPackage } from "./lms/server";

/*
 * The zips a learning team uploads, opened as an LMS opens them: one per track and standard,
 * each with a manifest valid against its standard's published schema (SCORM 1.2 and 2004, in
 * test/fixtures/lms-schemas) or checked element by element (cmi5), and every file the
 * manifest or a page names inside the zip. No page names a root-absolute address.
 */

const tracks = readCourseTracks();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const text = (files: Map<string, Uint8Array>, name: string) =>
  new TextDecoder().decode(files.get(name));

/** Addresses a page or stylesheet names: attributes and url()s, fragments and queries left off. */
function referencesIn(source: string): string[] {
  const attributes = [
    ...source.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g),
  ];
  const urls = [...source.matchAll(/url\(["']?([^"')]*)["']?\)/g)];
  return [...attributes, ...urls].map((match) => match[1]!).filter((address) => address !== "");
}

/** Every address in every page and stylesheet of the zip, resolved, that is not inside it. */
function missingReferences(files: Map<string, Uint8Array>): string[] {
  const missing: string[] = [];
  for (const name of files.keys()) {
    if (!/\.(html|css)$/.test(name)) continue;
    for (const address of referencesIn(text(files, name))) {
      if (/^(#|data:|mailto:|https?:)/.test(address)) continue;
      if (address.startsWith("/")) {
        missing.push(`${name}: ${address} is root-absolute`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(name), address.split(/[?#]/)[0]!));
      if (!files.has(target)) missing.push(`${name}: ${address} (${target}) is not in the zip`);
    }
  }
  return missing;
}

/** The namespaces a SCORM manifest uses, and the schema file of each. */
const schemas = {
  scorm12: {
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2": "imscp_rootv1p1p2.xsd",
    "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp_rootv1p2.xsd",
  },
  scorm2004: {
    "http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd",
    "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp_v1p3.xsd",
  },
};

/** xmllint's errors for a SCORM manifest against the standard's schemas; none if valid. */
async function schemaErrors(standard: keyof typeof schemas, manifest: string) {
  const dir = `test/fixtures/lms-schemas/${standard}`;
  const imports = Object.entries(schemas[standard])
    .map(([namespace, file]) => `<xsd:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join("");
  const result = await validateXML({
    xml: [{ fileName: "imsmanifest.xml", contents: manifest }],
    schema: [
      {
        fileName: "manifest.xsd",
        contents: `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${imports}</xsd:schema>`,
      },
    ],
    preload: readdirSync(dir).map((file) => ({
      fileName: file,
      contents: readFileSync(`${dir}/${file}`),
    })),
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}

/*
 * cmi5's CourseStructure.xsd (Quartz), which cannot be fetched here (test/fixtures/lms-schemas),
 * as far as this package's cmi5.xml goes: each element's children in the schema's order, the
 * attributes it allows, and the values of its enumerations.
 */
const cmi5Schema: Record<string, { children: string[][]; attributes: Record<string, RegExp> }> = {
  courseStructure: {
    children: [["course"], ["au"]],
    attributes: { xmlns: /^https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd$/ },
  },
  course: { children: [["title"], ["description"]], attributes: { id: /^[a-z][a-z0-9+.-]*:\S+$/ } },
  au: {
    children: [["title"], ["description"], ["url"]],
    attributes: {
      id: /^[a-z][a-z0-9+.-]*:\S+$/,
      moveOn: /^(NotApplicable|Passed|Completed|CompletedAndPassed|CompletedOrPassed)$/,
      masteryScore: /^(0(\.\d+)?|1(\.0+)?)$/,
      launchMethod: /^(AnyWindow|OwnWindow)$/,
    },
  },
  title: { children: [["langstring"]], attributes: {} },
  description: { children: [["langstring"]], attributes: {} },
  langstring: { children: [], attributes: { lang: /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/ } },
  url: { children: [], attributes: {} },
};

/** Where a cmi5 course structure leaves the schema, element by element. */
function cmi5StructureProblems(xml: string): string[] {
  const ordered = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
  }).parse(xml) as Record<string, unknown>[];
  const problems: string[] = [];
  const check = (node: Record<string, unknown>, path: string) => {
    const name = Object.keys(node).find((key) => key !== ":@")!;
    const rule = cmi5Schema[name];
    if (!rule) return problems.push(`${path}${name}: not an element of the course structure`);
    const attributes = (node[":@"] ?? {}) as Record<string, string>;
    for (const [attribute, value] of Object.entries(attributes)) {
      if (!rule.attributes[attribute]?.test(value)) {
        problems.push(`${path}${name}@${attribute}="${value}": not allowed`);
      }
    }
    const children = (node[name] as Record<string, unknown>[]).filter(
      (child) => !("#text" in child),
    );
    const names = children.map((child) => Object.keys(child).find((key) => key !== ":@")!);
    const expected = rule.children.flat();
    if (JSON.stringify(names) !== JSON.stringify(expected)) {
      problems.push(
        `${path}${name}: holds ${names.join(", ") || "nothing"}, the schema ${expected.join(", ") || "nothing"}`,
      );
    }
    children.forEach((child) => check(child, `${path}${name}/`));
    return problems.length;
  };
  const root = ordered.find((node) => "courseStructure" in node);
  if (!root) return ["no courseStructure"];
  check(root, "");
  return problems;
}

test("npm run package wrote one SCORM 1.2, one SCORM 2004 and one cmi5 zip per track, and nothing else", () => {
  const expected = tracks.flatMap((track) => [
    posix.basename(packagePath(track.id, "scorm12")),
    posix.basename(packagePath(track.id, "scorm2004")),
    posix.basename(packagePath(track.id, "cmi5")),
  ]);
  expect(readdirSync(packagesDir).sort()).toEqual(expected.sort());
});

for (const track of tracks) {
  test(`${track.id}: the SCORM 1.2 manifest is valid against its schema and every file it or a page names is in the zip`, async () => {
    const files = unzipPackage(packagePath(track.id, "scorm12"));
    const xml = text(files, "imsmanifest.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(await schemaErrors("scorm12", xml)).toEqual([]);
    const { manifest } = parser.parse(xml);
    expect(manifest["@xmlns"]).toBe("http://www.imsproject.org/xsd/imscp_rootv1p1p2");
    expect(manifest.metadata).toEqual({ schema: "ADL SCORM", schemaversion: 1.2 });
    const organization = manifest.organizations.organization;
    expect(manifest.organizations["@default"]).toBe(organization["@identifier"]);
    expect(organization.title).toContain(track.name);
    const item = organization.item;
    // The course reports completed/incomplete (the default): no mastery score, which Moodle
    // would use to turn "completed" into "passed" (docs/lms.md).
    expect(item["adlcp:masteryscore"]).toBeUndefined();
    const resource = manifest.resources.resource;
    expect(item["@identifierref"]).toBe(resource["@identifier"]);
    expect(resource["@adlcp:scormtype"]).toBe("sco");
    expect(resource["@href"]).toBe(`lms/scorm12/${track.id}/index.html`);
    const listed = (resource.file as { "@href": string }[]).map((file) => file["@href"]);
    expect(listed).toContain(resource["@href"]);
    expect(listed.filter((file) => !files.has(file))).toEqual([]);
    expect(
      [...files.keys()].filter((file) => file !== "imsmanifest.xml" && !listed.includes(file)),
    ).toEqual([]);
    expect(missingReferences(files)).toEqual([]);
  });

  test(`${track.id}: the SCORM 2004 3rd edition manifest is valid against its schema, one SCO with no sequencing`, async () => {
    const files = unzipPackage(packagePath(track.id, "scorm2004"));
    const xml = text(files, "imsmanifest.xml");
    expect(await schemaErrors("scorm2004", xml)).toEqual([]);
    const { manifest } = parser.parse(xml);
    expect(manifest["@xmlns"]).toBe("http://www.imsglobal.org/xsd/imscp_v1p1");
    expect(manifest.metadata).toEqual({ schema: "ADL SCORM", schemaversion: "2004 3rd Edition" });
    expect(xml).not.toContain("imsss");
    const organization = manifest.organizations.organization;
    expect(organization.title).toContain(track.name);
    expect(Array.isArray(organization.item)).toBe(false);
    const resource = manifest.resources.resource;
    expect(organization.item["@identifierref"]).toBe(resource["@identifier"]);
    expect(resource["@adlcp:scormType"]).toBe("sco");
    expect(resource["@href"]).toBe(`lms/scorm2004/${track.id}/index.html`);
    const listed = (resource.file as { "@href": string }[]).map((file) => file["@href"]);
    expect(listed.filter((file) => !files.has(file))).toEqual([]);
    expect(
      [...files.keys()].filter((file) => file !== "imsmanifest.xml" && !listed.includes(file)),
    ).toEqual([]);
    expect(missingReferences(files)).toEqual([]);
  });

  test(`${track.id}: the cmi5 course structure has one AU and every file a page names is in the zip`, () => {
    const files = unzipPackage(packagePath(track.id, "cmi5"));
    const xml = text(files, "cmi5.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { courseStructure } = parser.parse(xml);
    expect(courseStructure["@xmlns"]).toBe(
      "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd",
    );
    expect(courseStructure.course["@id"]).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(courseStructure.course.title.langstring["#text"]).toContain(track.name);
    const au = courseStructure.au;
    expect(Array.isArray(au)).toBe(false);
    expect(au["@id"]).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(Number(au["@masteryScore"])).toBeGreaterThan(0);
    expect(Number(au["@masteryScore"])).toBeLessThanOrEqual(1);
    expect(au["@moveOn"]).toBe("CompletedAndPassed");
    expect(au.url).toBe(`lms/cmi5/${track.id}/index.html`);
    expect(files.has(au.url)).toBe(true);
    expect(cmi5StructureProblems(xml)).toEqual([]);
    expect(missingReferences(files)).toEqual([]);
  });
}

test("the schema check refuses a manifest its standard does not allow", async () => {
  const cmi5 = text(unzipPackage(packagePath(tracks[0]!.id, "cmi5")), "cmi5.xml");
  expect(
    cmi5StructureProblems(cmi5.replace('moveOn="CompletedAndPassed"', 'moveOn="Done"')),
  ).not.toEqual([]);
  expect(cmi5StructureProblems(cmi5.replace(/<url>.*<\/url>/, "$&<title/>"))).not.toEqual([]);
  const xml = text(unzipPackage(packagePath(tracks[0]!.id, "scorm2004")), "imsmanifest.xml");
  expect(
    await schemaErrors("scorm2004", xml.replace('scormType="sco"', 'scormType="page"')),
  ).not.toEqual([]);
  const old = text(unzipPackage(packagePath(tracks[0]!.id, "scorm12")), "imsmanifest.xml");
  expect(
    await schemaErrors("scorm12", old.replace("<resources>", "<resources><item/>")),
  ).not.toEqual([]);
});

test("the normal site has no launch page and no script that speaks to an LMS", () => {
  const scripts = readdirSync(`${outDir}/_astro`).filter((file) => file.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const source = readFileSync(`${outDir}/_astro/${file}`, "utf8");
    expect(source, file).not.toMatch(/LMSInitialize|cmi5|suspend_data/);
  }
  expect(existsSync(`${outDir}/lms`)).toBe(false);
});
