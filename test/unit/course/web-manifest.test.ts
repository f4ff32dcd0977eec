import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { appIcons, logoSource, renderIcon } from "../../../src/course/app-icons";
import { readCourse } from "../../../src/course/course-file";
import { webManifest } from "../../../src/course/web-manifest";
import { courseSchema } from "../../../src/schemas/course";

/*
 * What a phone or a desktop reads to install the course: the manifest and its icons, all from
 * the course file. Chromium's own verdict on the built site is in test/e2e/offline.spec.ts.
 */

const bank = readCourse("test/fixtures/bank");

describe("the web app manifest", () => {
  it("names the course, opens the map in its own window, in the course's colours", () => {
    const manifest = webManifest(bank);
    expect(manifest).toMatchObject({
      name: "Serving Northbank customers",
      short_name: "Northbank",
      start_url: "/",
      display: "standalone",
      theme_color: "#5b2a86",
    });
  });

  it("lists a 192 and a 512 icon for any use and for masking, each a PNG", () => {
    const listed = webManifest(bank).icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(listed.sort()).toEqual(
      ["192x192 any", "192x192 maskable", "512x512 any", "512x512 maskable"].sort(),
    );
  });

  it("uses the title under the icon when the course file has no short name", () => {
    const { shortName: _, ...withoutShortName } = bank;
    expect(webManifest(withoutShortName).short_name).toBe(bank.title);
  });

  it("refuses a short name longer than phones show", () => {
    const result = courseSchema.safeParse({ ...bank, shortName: "Northbank Learning" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "shorten the short name to 12 characters or fewer: phones cut longer ones",
    ]);
  });
});

describe("the app icons", () => {
  it.each(appIcons.map((icon) => [icon.name, icon] as const))(
    "%s is a PNG of its size",
    async (_, icon) => {
      const png = await renderIcon(logoSource(bank), icon);
      const { format, width, height } = await sharp(png).metadata();
      expect({ format, width, height }).toEqual({
        format: "png",
        width: icon.size,
        height: icon.size,
      });
    },
  );

  it.each(appIcons.filter((icon) => icon.opaque).map((icon) => [icon.name, icon] as const))(
    "%s has no transparent corner for a platform to crop or paint black",
    async (_, icon) => {
      const png = await renderIcon(logoSource(bank), icon);
      const corner = await sharp(png)
        .extract({ left: 0, top: 0, width: 1, height: 1 })
        .raw()
        .toBuffer();
      expect(corner[3]).toBe(255);
    },
  );

  it("is drawn from each logo, never another's kept from an earlier build", async () => {
    const icon = appIcons[0]!;
    const fromBank = await renderIcon(logoSource(bank), icon);
    const fromDefault = await renderIcon(logoSource(readCourse("content")), icon);
    expect(fromBank.equals(fromDefault)).toBe(false);
    expect((await renderIcon(logoSource(bank), icon)).equals(fromBank)).toBe(true);
  });

  it("draws the site's default icon when the course has no logo", async () => {
    const course = readCourse("content");
    expect(course.logoSvg).toBeUndefined();
    expect(logoSource(course)).toContain("<svg");
  });
});

describe("the web app manifest in another language", () => {
  it("is the same app, opening on the map in that language, described in it", () => {
    const english = webManifest(bank);
    const french = webManifest(bank, "fr");
    expect(french).toMatchObject({ lang: "fr", start_url: "/fr/", scope: "/", id: english.id });
    expect(french.description).toContain("Fonctionne hors ligne\u00a0;");
    expect(english).toMatchObject({ lang: "en", start_url: "/" });
  });
});
