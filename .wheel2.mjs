import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await (await b.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
await p.goto("http://localhost:4531/modules/why-customer-focus/");
await p.evaluate(() => {
  window.log = []; let last = 0;
  addEventListener("scroll", () => (last = performance.now()), true);
  for (const t of ["pointerover", "pointermove", "mousemove"]) addEventListener(t, (e) => log.push(t + " " + Math.round(performance.now() - last) + " trusted=" + e.isTrusted), true);
});
await p.mouse.move(600, 400);
for (let i = 0; i < 20; i++) { await p.mouse.wheel(0, 300); await p.waitForTimeout(60); }
await p.waitForTimeout(1000);
console.log((await p.evaluate(() => window.log)).slice(0, 40).join("\n"));
await b.close();
