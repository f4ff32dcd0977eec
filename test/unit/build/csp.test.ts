import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ownHashesOnly, ownHashesOnlyInSite } from "../../../src/build/csp";

const hash = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe("a page's content security policy", () => {
  const script = "console.log(1)";
  const moduleScript = "import('x')";
  const style = ".a{color:red}";
  const policy = [
    "default-src 'self';",
    `script-src 'self' 'wasm-unsafe-eval' '${hash(script)}' '${hash(moduleScript)}' '${hash("other page's script")}';`,
    `style-src 'self' '${hash(style)}' '${hash(".b{}")}' '${hash("")}';`,
  ].join(" ");

  it("keeps the hashes of the page's own inline scripts and styles, and only those", () => {
    const html = ownHashesOnly(
      page(
        policy,
        `<script>${script}</script><script type="module">${moduleScript}</script><style>${style}</style>`,
      ),
    );
    expect(policyOf(html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${hash(script)}' '${hash(moduleScript)}'; style-src 'self' '${hash(style)}';`,
    );
  });

  it("needs no hash for a script file or a data block, and leaves their text alone", () => {
    const body = `<script type="module" src="/a.js"></script><script type="application/json" id="s">{"a":1}</script>`;
    const html = ownHashesOnly(page(policy, body));
    expect(policyOf(html)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
    );
    expect(html).toContain(body);
  });

  it("leaves a page without a policy, and hashes of another algorithm, as they are", () => {
    const plain = "<!doctype html><html><head><script>x()</script></head></html>";
    expect(ownHashesOnly(plain)).toBe(plain);
    const other = page("script-src 'self' 'sha384-abc';", "");
    expect(ownHashesOnly(other)).toBe(other);
  });

  it("is cut in every page the build wrote, and in nothing else", () => {
    const site = mkdtempSync(join(tmpdir(), "cx-csp-"));
    try {
      mkdirSync(join(site, "modules", "first"), { recursive: true });
      const first = page(policy, `<script>${script}</script>`);
      const data = `{"policy":"${policy}"}`;
      writeFileSync(join(site, "index.html"), page(policy, `<style>${style}</style>`));
      writeFileSync(join(site, "modules", "first", "index.html"), first);
      writeFileSync(join(site, "data.json"), data);
      expect(ownHashesOnlyInSite(site)).toBe(2);
      expect(policyOf(readFileSync(join(site, "index.html"), "utf8"))).toBe(
        `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '${hash(style)}';`,
      );
      expect(readFileSync(join(site, "modules", "first", "index.html"), "utf8")).toBe(
        ownHashesOnly(first),
      );
      expect(readFileSync(join(site, "data.json"), "utf8")).toBe(data);
      // A second pass finds nothing left to cut.
      expect(ownHashesOnlyInSite(site)).toBe(0);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
