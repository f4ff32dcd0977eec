import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorsOf, checkLinks, type Files } from "./markdown-links";

/** The repository as it is on disk, paths relative to its root (where vitest runs). */
const repository: Files = {
  exists: (path) => existsSync(path),
  read: (path) => (existsSync(path) ? readFileSync(path, "utf8") : undefined),
};

/** The README, the map of the code and every guide in docs/. */
const guides = [
  "README.md",
  "ARCHITECTURE.md",
  ...readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** A small made-up repository, for checking the checker. */
function filesOf(contents: Record<string, string>): Files {
  return {
    exists: (path) =>
      path in contents || Object.keys(contents).some((file) => file.startsWith(`${path}/`)),
    read: (path) => contents[path],
  };
}

describe("links in the README and docs/", () => {
  it("every relative link points at a file that exists, and every anchor at a heading in it", () => {
    const results = guides.map((file) => checkLinks(file, repository));
    expect(results.flatMap((result) => result.broken)).toEqual([]);
    // The README links to every guide: a checker that found no links would prove nothing.
    expect(results.flatMap((result) => result.checked).length).toBeGreaterThan(guides.length);
  });
});

describe("the link checker", () => {
  const files = filesOf({
    "README.md": [
      "# Project",
      "## Make it yours",
      "[guide](docs/guide.md) [part](docs/guide.md#the-second-part) [here](#make-it-yours)",
      "[site](https://example.org/nowhere) [mail](mailto:team@example.org)",
      "`[not a link](docs/missing.md)`",
      "```",
      "[nor this](docs/missing.md)",
      "```",
    ].join("\n\n"),
    "docs/guide.md": [
      "# Guide",
      "## The `second` part",
      "## Notes",
      "## Notes",
      "[back](../README.md#make-it-yours) [second notes](#notes-1) [code](../src/index.ts)",
    ].join("\n\n"),
    "src/index.ts": "export {};",
  });

  it("accepts links to files and headings that exist, and leaves other sites alone", () => {
    expect(checkLinks("README.md", files)).toEqual({
      checked: ["docs/guide.md", "docs/guide.md#the-second-part", "#make-it-yours"],
      broken: [],
    });
    expect(checkLinks("docs/guide.md", files).broken).toEqual([]);
  });

  it("names a link to a file that does not exist", () => {
    const broken = filesOf({ "README.md": "See [the guide](docs/gone.md)." });
    expect(checkLinks("README.md", broken).broken).toEqual([
      "README.md: docs/gone.md (there is no docs/gone.md)",
    ]);
  });

  it("names a link to a heading that another file does not have", () => {
    const broken = filesOf({
      "README.md": "See [it](docs/guide.md#the-third-part).",
      "docs/guide.md": "# Guide\n\n## The second part",
    });
    expect(checkLinks("README.md", broken).broken).toEqual([
      "README.md: docs/guide.md#the-third-part (docs/guide.md has no heading with the anchor #the-third-part)",
    ]);
  });

  it("names a link to a heading that its own file does not have", () => {
    const broken = filesOf({ "docs/guide.md": "# Guide\n\nSee [below](#below)." });
    expect(checkLinks("docs/guide.md", broken).broken).toEqual([
      "docs/guide.md: #below (docs/guide.md has no heading with the anchor #below)",
    ]);
  });

  it("names a link that climbs out of the repository", () => {
    const broken = filesOf({ "README.md": "[up](../elsewhere.md)" });
    expect(checkLinks("README.md", broken).broken).toEqual([
      "README.md: ../elsewhere.md (there is no ../elsewhere.md)",
    ]);
  });

  it("slugs headings as GitHub does: lower case, punctuation dropped, duplicates numbered", () => {
    expect([...anchorsOf("# Hosting, offline and security\n\n## Notes\n\n## Notes")]).toEqual([
      "hosting-offline-and-security",
      "notes",
      "notes-1",
    ]);
  });
});
