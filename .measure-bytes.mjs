import { chromium } from "@playwright/test";
import { measurePage } from "./bench/page-assets.mjs";
import { readdirSync } from "node:fs";
const base = process.env.BASE ?? "http://localhost:4400";
const only = process.argv[2];
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const pages = [];
for (const pre of ["", "/fr"])
  for (const m of readdirSync("dist/modules")) pages.push(`${pre}/modules/${m}/`);
const extra = ["/", "/progress/"];
const k = (n) => n;
console.log("page".padEnd(48), "open:whole html css js data | read:whole css js data other");
for (const url of [...extra, ...pages].filter((u) => !only || u.includes(only))) {
  const ctx = await b.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: "block",
  });
  const p = await ctx.newPage();
  const m = await measurePage(p, base + url);
  const o = m.opened;
  console.log(
    url.padEnd(48),
    k(o.page.gzip),
    k(o.html.gzip),
    k(o.css.gzip),
    k(o.js.gzip),
    k(o.data.gzip),
    "|",
    k(m.page.gzip),
    k(m.css.gzip),
    k(m.js.gzip),
    k(m.data.gzip),
    k(m.other.gzip),
  );
  await ctx.close();
}
await b.close();
