import { describe, expect, it } from "vitest";
import { findGlossaryProblems, sortGlossary } from "../../../src/lib/glossary";
import { glossaryTermSchema, type GlossaryTerm } from "../../../src/schemas/glossary";

function term(id: string, modules: string[], name = id.replaceAll("-", " ")): GlossaryTerm {
  return {
    id,
    term: name,
    aliases: [],
    definition: `What ${name} means, in a sentence.`,
    modules,
  };
}

describe("findGlossaryProblems", () => {
  it("finds no problem when every term names a real module", () => {
    const terms = [term("empathy-map", ["empathy-in-practice"]), term("kudos", ["routines"])];
    expect(findGlossaryProblems(terms, ["empathy-in-practice", "routines"], "g.yaml")).toEqual([]);
  });

  it("names the file, the term, the field and the ids to choose from for an unknown module", () => {
    const problems = findGlossaryProblems(
      [term("kudos", ["routines-that-keep-it-alive", "rutines"], "Kudos")],
      ["why-customer-focus", "routines-that-keep-it-alive"],
      "content/glossary.yaml",
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml: the term "Kudos" (id kudos) names "rutines" in modules, but no module has that id. Write the file name of a module without .mdx, one of: routines-that-keep-it-alive, why-customer-focus.",
      ]
    `);
  });

  it("reports a term defined twice, whatever its case", () => {
    const problems = findGlossaryProblems(
      [term("seci", ["a"], "SECI"), term("seci-model", ["a"], "seci")],
      ["a"],
      "content/glossary.yaml",
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/glossary.yaml: the term "seci" is defined twice (ids seci and seci-model). Keep one definition and delete the other.",
      ]
    `);
  });
});

describe("sortGlossary", () => {
  it("orders terms alphabetically, ignoring case", () => {
    const sorted = sortGlossary([{ term: "voice" }, { term: "Kudos" }, { term: "empathy" }]);
    expect(sorted.map((entry) => entry.term)).toEqual(["empathy", "Kudos", "voice"]);
  });
});

describe("glossaryTermSchema", () => {
  it("asks for the module that teaches a term when none is named", () => {
    const result = glossaryTermSchema.safeParse({
      id: "kudos",
      term: "Kudos",
      definition: "A short public thank-you for good work.",
      modules: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`))
      .toMatchInlineSnapshot(`
        [
          "modules: name the module that teaches this term, for example: [empathy-in-practice]",
        ]
      `);
  });

  it("defaults aliases to none", () => {
    const parsed = glossaryTermSchema.parse({
      id: "kudos",
      term: "Kudos",
      definition: "A short public thank-you for good work.",
      modules: ["routines-that-keep-it-alive"],
    });
    expect(parsed.aliases).toEqual([]);
  });
});
