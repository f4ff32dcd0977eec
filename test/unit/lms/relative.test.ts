import { describe, expect, it } from "vitest";
import {
  absoluteAddressesIn,
  relativeCss,
  relativeHtml,
  rootFrom,
} from "../../../src/lms/relative";
import { relativeTo } from "../../../src/lib/site-url";
import { scormTimespan } from "../../../src/lms/scorm12";

/* A package's pages must work from any folder an LMS picks, often one that serves files only. */

describe("relative addresses", () => {
  it("names the file a folder address means, and keeps fragments and queries", () => {
    expect(relativeTo("../../", "/")).toBe("../../index.html");
    expect(relativeTo("../", "/glossary/#empathy-map")).toBe("../glossary/index.html#empathy-map");
    expect(relativeTo("./", "/_astro/a.js?v=1")).toBe("./_astro/a.js?v=1");
  });

  it("rewrites every address attribute of a page, islands' included, and marks the root", () => {
    const page = `<!DOCTYPE html><html lang="en"><head><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/x.js"></script></head>
<body><a href="/modules/a/">A</a><a href="#main">skip</a><a href="https://example.com/">out</a><a href="//cdn.example/">cdn</a>
<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;href&quot;:&quot;/x/&quot;}"></astro-island></body></html>`;
    const out = relativeHtml(page, "modules/a/index.html");
    expect(out).toContain('<html data-site-root="../../" lang="en">');
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('src="../../_astro/x.js"');
    expect(out).toContain('href="../../modules/a/index.html"');
    expect(out).toContain('component-url="../../_astro/Quiz.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('href="#main"');
    expect(out).toContain('href="https://example.com/"');
    expect(out).toContain('href="//cdn.example/"');
    expect(absoluteAddressesIn(out)).toEqual([]);
    expect(absoluteAddressesIn(page)).toHaveLength(5);
  });

  it("rewrites a stylesheet's url()s from its own folder", () => {
    expect(
      relativeCss('a{background:url("/img/x.svg")} b{background:url(/y.png)}', "_astro/s.css"),
    ).toBe('a{background:url("../img/x.svg")} b{background:url(../y.png)}');
    expect(rootFrom("index.html")).toBe("./");
  });
});

describe("SCORM 1.2 time", () => {
  it("writes seconds as HHHH:MM:SS, within what the standard holds", () => {
    expect(scormTimespan(0)).toBe("0000:00:00");
    expect(scormTimespan(3725.4)).toBe("0001:02:05");
    expect(scormTimespan(-3)).toBe("0000:00:00");
    expect(scormTimespan(1e12)).toBe("9999:59:59");
  });
});
