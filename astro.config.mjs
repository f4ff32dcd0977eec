// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";

// CX_OUT_DIR lets tests and benchmarks build another curriculum (CX_CONTENT_DIR) beside the
// real one; its own cache keeps the two content stores apart.
const outDir = process.env.CX_OUT_DIR;

export default defineConfig({
  outDir: outDir ?? "./dist",
  cacheDir: outDir ? `${outDir}-cache` : "./node_modules/.astro",
  trailingSlash: "always",
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
