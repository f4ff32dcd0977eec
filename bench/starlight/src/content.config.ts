import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

// The docs are the synthetic modules' prose, written by the bench (bench/builds.mjs).
export const collections = {
  docs: defineCollection({
    loader: glob({
      pattern: "**/*.{md,mdx}",
      base: process.env["BENCH_CONTENT_DIR"] ?? "./src/content/docs",
    }),
    schema: docsSchema(),
  }),
};
