/*
 * Where a build writes the site. CX_OUT_DIR lets tests and benchmarks build another curriculum
 * (CX_CONTENT_DIR) beside the real one; its own cache keeps the two content stores apart.
 */

const chosen = process.env.CX_OUT_DIR;

/** The folder the built site goes to. */
export const outDir = chosen ?? "./dist";

/**
 * Astro's cache for that folder: the content store, the last build's pages (./page-cache.ts),
 * the kept search index (src/build/search-index.ts).
 */
export const cacheDir = chosen ? `${chosen}-cache` : "./node_modules/.astro";
