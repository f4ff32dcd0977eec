import { relative } from "node:path";

/** A path as a build error names it: from the folder the build runs in, where it can be. */
export const shownPath = (path: string): string => relative(process.cwd(), path) || path;
