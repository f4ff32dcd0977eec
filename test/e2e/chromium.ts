/**
 * How the tests start Chromium: Debian's (Playwright cannot download its own here), headless,
 * with nothing of its own going out to the network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
};
