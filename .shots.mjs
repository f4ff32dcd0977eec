import { chromium } from "@playwright/test";
const base = process.env.BASE, tag = process.env.TAG, out = "/tmp/29reach-shots";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const prompts = { en: /What do customers increasingly expect/, fr: /Qu.attendent de plus en plus les clients/ };
const checks = { en: "Check answer", fr: "Vérifier la réponse" };
for (const [w, h] of [[390, 844], [1366, 768]])
  for (const scheme of ["light", "dark"])
    for (const lang of ["en", "fr"]) {
      const ctx = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: "block" });
      const p = await ctx.newPage();
      await p.goto(`${base}${lang === "fr" ? "/fr" : ""}/modules/why-customer-focus/`, { waitUntil: "domcontentloaded" });
      const q = p.getByRole("group", { name: prompts[lang] });
      await q.scrollIntoViewIfNeeded();
      await q.screenshot({ path: `${out}/${tag}-${w}-${scheme}-${lang}-0.png` });
      await q.getByRole("radio").first().check();
      if (tag === "before") await p.locator("astro-island:not([ssr])", { has: q }).waitFor();
      await q.getByRole("button", { name: checks[lang] }).click();
      await p.waitForSelector("fieldset[data-answered]");
      await p.waitForTimeout(400);
      await q.screenshot({ path: `${out}/${tag}-${w}-${scheme}-${lang}-1.png` });
      await ctx.close();
    }
await b.close();
