import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findPictureProblems } from "../../../src/course/icons";

/*
 * A module's picture: a Lucide icon, or a cover image in the content folder. The build's own
 * fixture (test/fixtures/module-pictures-tracks) pins the messages for an unknown icon and a
 * missing cover; here, a cover named from outside the folder.
 */

describe("a module's picture", () => {
  const root = mkdtempSync(join(tmpdir(), "pictures-"));
  const content = join(root, "content");
  mkdirSync(join(content, "covers"), { recursive: true });
  writeFileSync(join(content, "covers", "inside.jpg"), "");
  writeFileSync(join(root, "outside.jpg"), "");
  const module = (cover: string) => ({ filePath: "modules/a.mdx", data: { cover } });

  it("takes a cover in the content folder", () => {
    expect(findPictureProblems([module("covers/inside.jpg")], content)).toEqual([]);
  });

  it("refuses a cover outside the content folder, though the file exists, naming the fix", () => {
    expect(findPictureProblems([module("../outside.jpg")], content)).toEqual([
      `modules/a.mdx: cover "../outside.jpg" is outside ${relative(process.cwd(), content)}/. Put the image in that folder and name it from there, for example cover: covers/outside.jpg`,
    ]);
  });
});
