import { describe, expect, it } from "vitest";
import en, { type UiStrings } from "../../../src/i18n/en";
import fr from "../../../src/i18n/fr";
import { findStringProblems } from "../../../src/course/strings-check";
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

  it("choose the form by the count each language agrees with: the total in English, the number done in French", () => {
    const line = (lang: string, strings: UiStrings, done: number, total: number) =>
      plural(lang, strings.share.trackLine, total, { track: "T", done });
    expect(line("en", en, 1, 6)).toBe("T: 1 of 6 modules done");
    expect(line("fr", fr, 1, 6)).toBe("T\u00a0: 1 module terminé sur 6");
    expect(line("fr", fr, 0, 6)).toBe("T\u00a0: 0 module terminé sur 6");
    expect(line("fr", fr, 2, 6)).toBe("T\u00a0: 2 modules terminés sur 6");
    expect(plural("fr", fr.dashboard.done, 1, { done: 1 })).toBe("1 module terminé sur 1");
    expect(plural("fr", fr.dashboard.done, 6, { done: 3 })).toBe("3 modules terminés sur 6");
  });

  it("add punctuation in the page's language, with French non-breaking spaces", () => {
    expect(fill(en.punctuation.quoted, { text: "x" })).toBe("“x”");
    expect(fill(fr.punctuation.quoted, { text: "x" })).toBe("«\u00a0x\u00a0»");
    expect(fill(fr.punctuation.labelled, { label: "a", value: "b" })).toBe("a\u00a0: b");
    expect(fill(fr.dashboard.fromTo, { from: "3 novembre", to: "24 novembre" })).toBe(
      "\u202f; du 3 novembre au 24 novembre",
    );
  });
});
