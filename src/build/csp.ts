/**
 * Each page's content security policy names only the inline scripts and styles that page has:
 * done over the written pages once Astro has built them (src/build/integration.ts), rather than
 * in a middleware, where each page's response had to be read back from its stream, decoded and
 * encoded again (0.25 to 0.45 s of CPU a build at 200 modules, against about 0.1 s here).
 *
 * Astro writes one list of hashes into every page: every inline style of every page, every
 * stylesheet (which 'self' already allows), all five hydration directives and its development
 * island script. Eleven to fourteen of a page's eighteen to twenty hashes were of things the
 * page does not have, about 0.5 KB of incompressible text on every page. Without them the policy
 * is tighter, not looser: a page may run only what it was built with. (SHA-256 hashes, Astro's
 * default: a policy written with another algorithm is left as it is.)
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
// Inline elements only: a script with src= is allowed by 'self', and a data block
// (type="application/json") is never run, so neither needs a hash.
const inlineElement = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

const digest = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

/** The page with its policy's hashes cut to those of its own inline scripts and styles. */
export function ownHashesOnly(html: string): string {
  const meta = policyMeta.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, , attributes = "", content] of html.matchAll(inlineElement)) {
    if (/\bsrc=/.test(attributes) || /\btype="(?!module")[^"]*"/.test(attributes)) continue;
    own.add(digest(content!));
  }
  const policy = meta[1]!.replace(/ '(sha256-[^']+)'/g, (source, hash: string) =>
    own.has(hash) ? source : "",
  );
  return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}

/** Every page of the site in `siteDir` with its policy cut to its own hashes; resolves with how many changed. */
export function ownHashesOnlyInSite(siteDir: string): number {
  let changed = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    const html = readFileSync(path, "utf8");
    const trimmed = ownHashesOnly(html);
    if (trimmed === html) continue;
    writeFileSync(path, trimmed);
    changed++;
  }
  return changed;
}
