import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * Whether a file a course names (its logo, a module's cover) lies inside its content folder.
 * What lies outside travels with no fork of the content and is in no page's cache key
 * (./page-cache.ts), so a rebuild would keep pages made from an old copy: it is refused.
 */
export function insideContent(contentDir: string, path: string): boolean {
  const fromFolder = relative(resolve(contentDir), resolve(contentDir, path));
  return fromFolder !== "" && !isAbsolute(fromFolder) && fromFolder.split(sep)[0] !== "..";
}
