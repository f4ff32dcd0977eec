// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  fetchedIslandStrings,
  groupStringsFile,
  ownFileStrings,
  stringsFile,
  stringsFor,
} from "../../../src/i18n/build";
import { pageWith, serve } from "./strings-page";

/*
 * Some module-page islands (the film, the commitment picker, resetting a module) fetch their words as they hydrate, each group from a file of its own that the page names
 * in a <meta> (stringsWith, src/i18n/browser/page-strings.ts), rather than carry them in the page's block.
 */

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
});

describe("strings fetched a group a file", () => {
  it("are files of one group each, apart from the shared file of fetched strings", () => {
    for (const group of ownFileStrings) {
      const file = groupStringsFile("fr", group);
      expect(JSON.parse(file.json)).toEqual({ [group]: stringsFor("fr")[group] });
      expect(file.path).toMatch(
        new RegExp(`^/quiz-data/strings\\.fr\\.${group}\\.[0-9a-f]{12}\\.json$`),
      );
      expect(Object.keys(JSON.parse(stringsFile("fr").json))).not.toContain(group);
    }
  });

  it("stay out of an island's serialised props, and render on the server", async () => {
    const prop = fetchedIslandStrings("fr", ["film"]);
    expect(JSON.stringify(prop)).toBe("{}");
    vi.resetModules();
    const client = await import("../../../src/i18n/browser/client");
    client.useStrings(prop);
    expect(client.t.film.transcript).toBe(stringsFor("fr").film.transcript);
  });

  it("come from the group's own file, once, and islands then read them with the block's", async () => {
    const calls = serve();
    const { strings, client } = await pageWith(
      { save: stringsFor("fr").save },
      { groups: ["film", "commitment"] },
    );
    await Promise.all([strings.stringsWith("film"), strings.stringsWith("film")]);
    await strings.stringsWith("film");
    expect(calls).toEqual([groupStringsFile("fr", "film").path]);
    client.useStrings(JSON.parse(JSON.stringify(fetchedIslandStrings("fr", ["film"]))));
    expect(client.t.film).toEqual(stringsFor("fr").film);
    expect(client.t.save).toEqual(stringsFor("fr").save);
    expect(client.t.commitment).toBeUndefined();
  });

  it("are not fetched when the block has them", async () => {
    const calls = serve();
    const { strings } = await pageWith({ film: stringsFor("fr").film }, { groups: ["film"] });
    await strings.stringsWith("film");
    expect(calls).toEqual([]);
  });

  it("that could not load are asked for again next time", async () => {
    const calls = serve(1);
    const { strings, client } = await pageWith({}, { groups: ["resetModule"] });
    await expect(strings.stringsWith("resetModule")).rejects.toThrow(/resetModule/);
    await strings.stringsWith("resetModule");
    client.useStrings(fetchedIslandStrings("fr", []));
    expect(client.t.resetModule).toEqual(stringsFor("fr").resetModule);
    expect(calls).toHaveLength(2);
  });

  it("are refused from a file that does not hold the group, or on a page that names none", async () => {
    serve(0, "<html>A proxy's error page</html>");
    const { strings } = await pageWith({}, { groups: ["film"] });
    await expect(strings.stringsWith("film")).rejects.toThrow();
    serve(0, JSON.stringify({ other: {} }));
    await expect(strings.stringsWith("film")).rejects.toThrow(/No "film" strings/);
    await expect(strings.stringsWith("commitment")).rejects.toThrow(
      /No <meta name="cx-strings-file">/,
    );
  });
});
