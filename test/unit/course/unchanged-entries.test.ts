import { describe, expect, it } from "vitest";
import type { Loader, LoaderContext } from "astro/loaders";
import { parsedWhenChanged } from "../../../src/course/unchanged-entries";

/*
 * A content file the store holds unchanged is not parsed again: the glob loader gets the stored
 * entry's id and body and skips it, as it skips an unchanged entry. The build checks the rest
 * (the same site from a first build and a rebuild, a changed file's words on its page).
 */

const root = new URL("file:///project/");
const entry = { id: "first", filePath: "content/quizzes/first.yaml", digest: "d:one", body: "" };

async function run(contents: string, withEntryTypes = true, stored: typeof entry = entry) {
  const parsed: string[] = [];
  const yaml = {
    getEntryInfo: ({ contents }: { fileUrl: URL; contents: string }) => {
      parsed.push(contents);
      return { data: { title: contents } };
    },
  };
  let info: unknown;
  const inner: Loader = {
    name: "glob-loader",
    load: async (context) => {
      const types = (context as { entryTypes?: Map<string, typeof yaml> }).entryTypes;
      info = types?.get(".yaml")?.getEntryInfo({
        fileUrl: new URL("content/quizzes/first.yaml", root),
        contents,
      });
    },
  };
  const context = {
    config: { root },
    // The store as loading begins, and as it is when the file is read (which the dev server's
    // edits may have changed in between).
    store: { values: () => [entry], get: (id: string) => (id === stored.id ? stored : undefined) },
    generateDigest: (text: string) => `d:${text}`,
    ...(withEntryTypes ? { entryTypes: new Map([[".yaml", yaml]]) } : {}),
  } as unknown as LoaderContext;
  await parsedWhenChanged(inner).load(context);
  return { parsed, info };
}

describe("a content file the store already holds", () => {
  it("is not parsed again when its contents are unchanged, and keeps its id", async () => {
    const { parsed, info } = await run("one");
    expect(parsed).toEqual([]);
    expect(info).toEqual({ data: { slug: "first" }, body: "" });
  });

  it("is parsed when its contents changed", async () => {
    const { parsed, info } = await run("two");
    expect(parsed).toEqual(["two"]);
    expect(info).toEqual({ data: { title: "two" } });
  });

  it("is parsed when the store has changed since loading began, even back to the same text", async () => {
    const { parsed } = await run("one", true, { ...entry, digest: "d:two" });
    expect(parsed).toEqual(["one"]);
  });

  it("leaves a loader that is handed no parsers as it is", async () => {
    const { info } = await run("one", false);
    expect(info).toBeUndefined();
  });
});
