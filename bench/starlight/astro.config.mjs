// @ts-check
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

// Starlight as it comes (its default Pagefind search included), for the build benchmark
// (bench/builds.mjs): the bench writes the synthetic modules' prose as its docs and builds it
// beside this course. BENCH_CONTENT_DIR: the docs; BENCH_OUT_DIR: where the site goes.
const outDir = process.env.BENCH_OUT_DIR ?? "./dist";

export default defineConfig({
  outDir,
  cacheDir: `${outDir}-cache`,
  integrations: [starlight({ title: "Synthetic course" })],
});
