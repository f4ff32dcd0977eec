// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  islandStrings,
  pageStringsBlock,
  sendStringsOnce,
  stringsFor,
} from "../../../src/i18n/build";

/*
 * A page sends the strings of its islands once, in a block in its head, instead of a copy in
 * each island's props (src/i18n/build/index.ts, sendStringsOnce). What Astro would serialise for an
 * island is what JSON.stringify keeps of its props: own enumerable string keys.
 */

/** The client module afresh: it reads the page's block once and keeps it. */
async function freshClient() {
  vi.resetModules();
  return import("../../../src/i18n/browser/client");
}

afterEach(() => document.head.replaceChildren());

describe("strings sent once with the page", () => {
  it("leave the island's serialised props empty, and the island reads them from the block", async () => {
    const page = { locals: {} };
    sendStringsOnce(page, "fr", ["quiz", "common"]);
    const prop = islandStrings("fr", ["quiz"], page);
    expect(JSON.stringify(prop)).toBe("{}");

    const block = document.createElement("script");
    block.type = "application/json";
    block.id = "cx-strings";
    block.textContent = pageStringsBlock(page)!;
    document.head.append(block);
    const client = await freshClient();
    client.useStrings(JSON.parse(JSON.stringify(prop)));
    expect(client.t.quiz.check).toBe(stringsFor("fr").quiz.check);
    expect(client.t.common).toEqual(stringsFor("fr").common);
    expect(client.lang()).toBe("fr");
  });

  it("render on the server with the island's own copy", async () => {
    const page = { locals: {} };
    sendStringsOnce(page, "en", ["quiz"]);
    const client = await freshClient();
    client.useStrings(islandStrings("en", ["quiz"], page));
    expect(client.t.quiz.check).toBe(stringsFor("en").quiz.check);
  });

  it("stay in the props of an island whose groups the page did not send", () => {
    const page = { locals: {} };
    sendStringsOnce(page, "en", ["common"]);
    const prop = JSON.parse(JSON.stringify(islandStrings("en", ["common", "quiz"], page)));
    expect(prop.quiz.check).toBe(stringsFor("en").quiz.check);
    expect(prop.page.lang).toBe("en");
  });

  it("stay in the props on a page that sent none, and in another language", () => {
    const page = { locals: {} };
    expect(JSON.stringify(islandStrings("en", ["quiz"], page))).not.toBe("{}");
    sendStringsOnce(page, "fr", ["quiz"]);
    expect(JSON.parse(JSON.stringify(islandStrings("en", ["quiz"], page))).page.lang).toBe("en");
  });

  it("make no block on a page that sent nothing", () => {
    expect(pageStringsBlock({ locals: {} })).toBeUndefined();
  });
});
