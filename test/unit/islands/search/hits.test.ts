import { describe, expect, it } from "vitest";
import { excerptParts, toSearchHits } from "../../../../src/islands/search/hits";
import type { PagefindFragment } from "../../../../src/islands/search/pagefind";

function page(overrides: Partial<PagefindFragment>): PagefindFragment {
  return {
    url: "/modules/a/",
    excerpt: "page <mark>excerpt</mark>",
    meta: { title: "Module A" },
    filters: { track: ["leader", "self-paced"] },
    sub_results: [],
    ...overrides,
  };
}

describe("toSearchHits", () => {
  it("gives a module one hit that lands on its best-matching section", () => {
    const hits = toSearchHits(
      page({
        sub_results: [
          { title: "Module A", url: "/modules/a/", excerpt: "intro", locations: [1] },
          {
            title: "Routines",
            url: "/modules/a/#routines",
            excerpt: "the <mark>routine</mark> and the <mark>routine</mark>",
            locations: [20, 25],
            anchor: { element: "h2", id: "routines" },
          },
        ],
      }),
    );
    expect(hits).toEqual([
      {
        url: "/modules/a/#routines",
        title: "Module A",
        section: "Routines",
        excerpt: "the <mark>routine</mark> and the <mark>routine</mark>",
        tracks: ["leader", "self-paced"],
        kind: "module",
      },
    ]);
  });

  it("links to the page itself when the best match is above the first heading", () => {
    const [hit] = toSearchHits(
      page({
        sub_results: [{ title: "Module A", url: "/modules/a/", excerpt: "x", locations: [1] }],
      }),
    );
    expect(hit).toMatchObject({ url: "/modules/a/", excerpt: "x" });
    expect(hit).not.toHaveProperty("section");
  });

  it("gives the glossary one hit per matching term, titled by the term", () => {
    const hits = toSearchHits(
      page({
        url: "/glossary/",
        meta: { title: "Glossary", kind: "glossary" },
        filters: {},
        sub_results: [
          { title: "Glossary", url: "/glossary/", excerpt: "intro", locations: [2] },
          {
            title: "Kudos",
            url: "/glossary/#kudos",
            excerpt: "<mark>Kudos</mark> is",
            locations: [40],
            anchor: { element: "h2", id: "kudos" },
          },
          {
            title: "SECI",
            url: "/glossary/#seci",
            excerpt: "no match here",
            locations: [],
            anchor: { element: "h2", id: "seci" },
          },
        ],
      }),
    );
    expect(hits.map((hit) => [hit.title, hit.url, hit.kind])).toEqual([
      ["Kudos", "/glossary/#kudos", "glossary"],
    ]);
  });
});

describe("excerptParts", () => {
  it("splits an excerpt into plain and marked runs", () => {
    expect(excerptParts("a <mark>match</mark> here")).toEqual([
      { text: "a ", marked: false },
      { text: "match", marked: true },
      { text: " here", marked: false },
    ]);
  });

  it("turns character references back into text and drops any other tag", () => {
    expect(excerptParts("R&amp;D &lt;b&gt; <b>bold</b> &#8220;q&#x201D;")).toEqual([
      { text: "R&D <b> bold “q”", marked: false },
    ]);
  });
});
