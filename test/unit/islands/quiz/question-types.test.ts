// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";

/*
 * The rarer question types load on their own before a quiz hydrates, those its page names in a
 * <meta> (src/islands/quiz/question-types.ts). Each test gets the module afresh: what it has
 * loaded, it keeps.
 */

async function fresh() {
  vi.resetModules();
  return import("../../../../src/islands/quiz/question-types");
}

afterEach(() => document.head.replaceChildren());

describe("question types loaded on their own", () => {
  it("are those the page's <meta> names, and no other", async () => {
    const types = await fresh();
    const meta = document.createElement("meta");
    meta.name = types.questionTypesMeta;
    meta.content = "single scenario reflection";
    document.head.append(meta);
    await types.loadQuestionTypes(types.typesOnPage());
    expect(types.questionComponent("scenario")).toBeTypeOf("function");
    expect(types.questionComponent("reflection")).toBeTypeOf("function");
    expect(() => types.questionComponent("ordering")).toThrow(/ordering/);
    // A reflection's empathy map comes only when the page names it.
    expect(() => types.questionComponent("empathy-map")).toThrow(/empathy-map/);
  });

  it("bring an empathy map's code when the page names one", async () => {
    const types = await fresh();
    const meta = document.createElement("meta");
    meta.name = types.questionTypesMeta;
    meta.content = "reflection empathy-map";
    document.head.append(meta);
    await types.loadQuestionTypes(types.typesOnPage());
    expect(types.questionComponent("empathy-map").EmpathyGrid).toBeTypeOf("function");
    expect(types.questionComponent("empathy-map").splitEmpathyMap).toBeTypeOf("function");
  });

  it("are all of them on a page that names none", async () => {
    const types = await fresh();
    await types.loadQuestionTypes(types.typesOnPage());
    for (const type of types.lazyTypes.filter((type) => type !== "empathy-map")) {
      expect(types.questionComponent(type)).toBeTypeOf("function");
    }
    expect(types.questionComponent("empathy-map").EmpathyGrid).toBeTypeOf("function");
  });
});
