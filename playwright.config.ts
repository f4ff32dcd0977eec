import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./test/e2e/chromium";

const port = Number(process.env.PORT ?? 4321);

// Playwright cannot download its own browsers here: it drives Debian's Chromium.
export default defineConfig({
  testDir: "test/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx astro preview --ignore-lock --port ${port}`,
    url: `http://localhost:${port}/`,
    // A stale preview from another checkout must never stand in for this build in CI.
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
