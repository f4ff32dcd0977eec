/// <reference types="vitest/config" />
import { availableParallelism } from "node:os";
import { getViteConfig } from "astro/config";

// Through Astro's Vite config so that `astro:` and `astro/zod` imports resolve as in the site.
export default getViteConfig({
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/unit/setup.ts"],
    testTimeout: 120_000,
    // Vitest leaves a core free by default: on CI's two, one worker ran every file in turn, the
    // build-errors file's Astro builds (about half the time) before or after the rest. Two side
    // by side finish sooner.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
