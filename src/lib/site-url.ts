/*
 * Addresses inside the site. The normal site is served from a domain's root and links as
 * "/modules/x/". A package for an LMS is served from whatever deep path the LMS picks, often
 * from a file store that does not turn a folder into its index.html: there every address is
 * relative to the page, and names its file. The package build rewrites the server-rendered
 * HTML (src/lms/relative.ts) and marks each page's <html> with data-site-root ("../../");
 * islands pass their addresses through siteHref so that what they render matches.
 * Its own small file, not the shared runtime: nothing on a module page's first screen links
 * through it, and that page has no bytes to spare.
 */

/** `path` ("/glossary/#empathy", root-absolute) as seen from a page at `root` ("../"). */
export function relativeTo(root: string, path: string): string {
  const hashAt = path.search(/[?#]/);
  const pathname = hashAt === -1 ? path : path.slice(0, hashAt);
  const rest = hashAt === -1 ? "" : path.slice(hashAt);
  const file = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  return `${root}${file.slice(1)}${rest}`;
}

/** The page's way to the site's root in a package, or undefined on the normal site. */
function siteRoot(): string | undefined {
  return typeof document === "undefined" ? undefined : document.documentElement.dataset["siteRoot"];
}

/** A root-absolute site address as this page must write it (unchanged on the normal site). */
export function siteHref(path: string): string {
  const root = siteRoot();
  return root === undefined ? path : relativeTo(root, path);
}

/** A full URL for a site address: for import(), which resolves against the script, not the page. */
export function siteUrl(path: string): string {
  return new URL(siteHref(path), document.baseURI).href;
}
