/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Through Astro's Vite config so that `astro:` and `astro/zod` imports resolve as in the site.
export default getViteConfig({
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/unit/setup.ts"],
    testTimeout: 120_000,
  },
});
