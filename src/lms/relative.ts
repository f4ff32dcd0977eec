import { relativeTo } from "../lib/site-url.ts";

/*
 * The package build's one change to the pages Astro wrote: every root-absolute address made
 * relative to the page, naming its file (see lib/site-url.ts), so the site works from any
 * path an LMS serves it from. Inline scripts are left alone: the content security policy
 * holds their hashes.
 */

/** Attributes that hold an address, including those of Astro's islands. */
const ADDRESS_ATTRIBUTE =
  /(\s(?:href|src|action|poster|component-url|renderer-url|before-hydration-url))="(\/(?!\/)[^"]*)"/g;

/** The way from a page's file ("modules/x/index.html") to the site's root ("../../"). */
export function rootFrom(file: string): string {
  const depth = file.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/**
 * `path` (root-absolute) as the page at `pathname` ("/modules/x/") must write it where
 * relativeHtml does not look (a <meta>'s content, an island's prop): relative to the page's
 * file inside an LMS package, as it is on the site otherwise.
 */
export function writtenFrom(pathname: string, path: string, inPackage: boolean): string {
  return inPackage ? relativeTo(rootFrom(`${pathname.slice(1)}index.html`), path) : path;
}

/** A built page with relative addresses, its <html> marked with the way to the root. */
export function relativeHtml(html: string, file: string): string {
  const root = rootFrom(file);
  return html
    .replace(ADDRESS_ATTRIBUTE, (_, attribute: string, path: string) => {
      return `${attribute}="${relativeTo(root, path)}"`;
    })
    .replace(/<html(?=[\s>])/, `<html data-site-root="${root}"`);
}

/** A stylesheet with relative url()s. */
export function relativeCss(css: string, file: string): string {
  const root = rootFrom(file);
  return css.replace(/url\((["']?)(\/(?!\/)[^"')]*)\1\)/g, (_, quote: string, path: string) => {
    return `url(${quote}${relativeTo(root, path)}${quote})`;
  });
}

/** Root-absolute addresses left in a page's attributes: none may remain in a package. */
export function absoluteAddressesIn(html: string): string[] {
  return [...html.matchAll(ADDRESS_ATTRIBUTE)].map((match) => match[2]!);
}
