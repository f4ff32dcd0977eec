import { describe, expect, it } from "vitest";
import en from "../../../src/i18n/en";
import fr from "../../../src/i18n/fr";
import { findStringProblems } from "../../../src/i18n/check";
import { fill, plural } from "../../../src/i18n/format";

describe("the UI strings files", () => {
  it("say in French everything English says, and nothing else", () => {
    expect(findStringProblems(en, fr, "fr")).toEqual([]);
  });

  it("name the language and key of a string missing or unknown", () => {
    const { skip: _skip, ...layout } = fr.layout;
    expect(findStringProblems(en, { ...fr, layout: { ...layout, skp: "x" } }, "fr"))
      .toMatchInlineSnapshot(`
        [
          "fr: the string "layout.skip" is missing; English says "Skip to content"",
          "fr: "layout.skp" is not a key English has",
        ]
      `);
  });

  it("fill placeholders and choose plural forms by the language's rules", () => {
    expect(fill("{a} and {b}", { a: 1, b: "two" })).toBe("1 and two");
    const forms = { one: "{count} module", other: "{count} modules" };
    expect(plural("en", forms, 0)).toBe("0 modules");
    expect(plural("fr", forms, 0)).toBe("0 module");
    expect(plural("fr", forms, 2)).toBe("2 modules");
  });
});
