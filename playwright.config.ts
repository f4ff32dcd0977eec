import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./test/e2e/chromium";
import { bankOutDir } from "./test/e2e/bank-build";

const port = Number(process.env.PORT ?? 4321);
// The bank's course (test/fixtures/bank), built by `npm run build:bank`, served beside the real one.
const bankPort = port + 10;

// Playwright cannot download its own browsers here: it drives Debian's Chromium.
export default defineConfig({
  testDir: "test/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: "list",
  // Service workers off unless a test turns them on (test/e2e/offline.spec.ts): requests a worker
  // answers never reach page.route, and a worker's precache would fill other tests' contexts.
  use: { launchOptions: chromiumLaunchOptions, serviceWorkers: "block" },
  projects: [
    {
      name: "course",
      testIgnore: /bank\.spec\.ts/,
      use: { baseURL: `http://localhost:${port}` },
    },
    {
      name: "bank",
      testMatch: /bank\.spec\.ts/,
      use: { baseURL: `http://localhost:${bankPort}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --port ${port}`,
      url: `http://localhost:${port}/`,
      // A stale preview from another checkout must never stand in for this build in CI.
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --ignore-lock --port ${bankPort}`,
      url: `http://localhost:${bankPort}/`,
      env: { CX_CONTENT_DIR: "test/fixtures/bank", CX_OUT_DIR: bankOutDir },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
