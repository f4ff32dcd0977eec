import { join } from "node:path";
import { close, createIndex } from "pagefind";

/*
 * Build time: the search index, written by Pagefind's Node API into <site>/pagefind/ over the
 * built pages (each page says which of its parts to index, data-pagefind-body). Pagefind runs
 * as a service process for this step only, and is closed even when indexing fails.
 */

/** Index the pages of the site in `siteDir`; resolves with how many pages were indexed. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}
