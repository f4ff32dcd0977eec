// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchedStrings, stringsFile, stringsFor } from "../../../src/i18n/build";
import { pageWith, serve } from "./strings-page";

/*
 * The strings a page shows only once something happens (a notice, a quiz) are not in its block:
 * it fetches them from its language's file, named in a <meta> (src/i18n/browser/page-strings.ts,
 * stringsWith), once, and the block then holds them for every script and island that asks.
 */

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
});

describe("strings fetched when needed", () => {
  it("are the quizzes' and the notices', not in the page's block", () => {
    expect(fetchedStrings).toEqual(["quiz", "notices"]);
    expect(Object.keys(JSON.parse(stringsFile("fr").json))).toEqual(fetchedStrings);
  });

  it("come from the file the page names, once, and join the block", async () => {
    const calls = serve();
    const { strings } = await pageWith({ save: stringsFor("fr").save }, { shared: true });
    const [first, second] = await Promise.all([
      strings.stringsWith("notices"),
      strings.stringsWith("quiz"),
    ]);
    expect(first.notices).toEqual(stringsFor("fr").notices);
    expect(second.quiz).toEqual(stringsFor("fr").quiz);
    // The block's own groups stay, and the next asks find the fetched ones there.
    expect(strings.pageStrings().save).toEqual(stringsFor("fr").save);
    expect(strings.pageStrings().notices).toEqual(stringsFor("fr").notices);
    await strings.stringsWith("notices");
    expect(calls).toEqual([stringsFile("fr").path]);
  });

  it("are not fetched when the block has them", async () => {
    const calls = serve();
    const { strings } = await pageWith({ notices: stringsFor("fr").notices }, { shared: true });
    expect((await strings.stringsWith("notices")).notices).toEqual(stringsFor("fr").notices);
    expect(calls).toEqual([]);
  });

  it("that could not load are asked for again next time", async () => {
    const calls = serve(1);
    const { strings } = await pageWith({ save: stringsFor("fr").save }, { shared: true });
    await expect(strings.stringsWith("notices")).rejects.toThrow(/404/);
    expect(strings.pageStrings().notices).toBeUndefined();
    expect((await strings.stringsWith("notices")).notices).toEqual(stringsFor("fr").notices);
    expect(calls).toHaveLength(2);
  });
});
