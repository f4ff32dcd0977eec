import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await (await b.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
const js = [];
p.on("request", (r) => { if (/preact|Quiz/.test(r.url())) js.push(r.url().split("/").pop()); });
await p.goto("http://localhost:4531/modules/why-customer-focus/");
await p.mouse.move(600, 400);
for (let i = 0; i < 40; i++) { await p.mouse.wheel(0, 300); await p.waitForTimeout(60); }
await p.waitForTimeout(1500);
console.log("loaded while wheel-scrolling:", js, "still waiting:", await p.locator("astro-island[ssr]").count());
await b.close();
