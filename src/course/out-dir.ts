/*
 * Where a build writes the site. CX_OUT_DIR lets tests and benchmarks build another curriculum
 * (CX_CONTENT_DIR) beside the real one; its own cache keeps the two content stores apart.
 */

/** The folder the built site goes to. */
export const outDir = process.env.CX_OUT_DIR ?? "./dist";

/** Astro's cache (the content store, the incremental build's pages) for that folder. */
export const cacheDir = process.env.CX_OUT_DIR
  ? `${process.env.CX_OUT_DIR}-cache`
  : "./node_modules/.astro";
