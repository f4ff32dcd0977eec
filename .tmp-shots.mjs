import { chromium } from "@playwright/test";
const [, , lang = "en", scheme = "light", width = "390", height = "844"] = process.argv;
const base = "http://localhost:5500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: +width, height: +height }, colorScheme: scheme });
const path = lang === "fr" ? "/fr/modules/how-this-course-works/" : "/modules/how-this-course-works/";
await page.goto(base + path);
const tag = `${lang}-${scheme}-${width}`;
const groups = page.locator("fieldset.question");
await groups.first().scrollIntoViewIfNeeded();
await page.locator("astro-island:not([ssr]) fieldset.question").first().waitFor();
const shot = async (i, name) => {
  await groups.nth(i).screenshot({ path: `/tmp/wt24-shots/${tag}-${name}.png` });
};
// Q1 single: choose wrong option, shot selected, then check
const q1 = groups.nth(0);
await q1.locator("label.option").nth(1).click();
await shot(0, "1-selected");
const sure = q1.getByRole("group").first();
if (await sure.count()) await sure.locator("label.option").first().click();
await q1.locator(".check-button").click();
await page.waitForTimeout(300);
await shot(0, "1-wrong");
// Q3 multiple: choose first option only
const q3 = groups.nth(2);
await q3.locator("label.option").first().click();
if (await q3.getByRole("group").count()) await q3.getByRole("group").first().locator("label.option").first().click();
await q3.locator(".check-button").click();
await page.waitForTimeout(300);
await shot(2, "3-multiple");
// Q4 ordering before
await shot(3, "4-ordering");
// Q6 scenario: first reply
const q6 = groups.nth(5);
await q6.locator(".chat-reply").first().click();
await page.waitForTimeout(300);
await shot(5, "6-scenario-mid");
await browser.close();
