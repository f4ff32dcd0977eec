import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { join } from "node:path";
import { languages, outDir, seedProgress, violationsLightAndDark } from "./helpers";
import { summaryText } from "../../src/lib/share/write";
import { PROGRESS_KEY } from "../../src/vocabulary/record";
import { TEAM_KEY } from "../../src/vocabulary/team";

/*
 * Sharing with a manager, and the manager's team page. Learners start from records with fixed
 * dates; each learner and the manager have a browser context of their own, as they would have a
 * device each. The time zone is fixed so the days shown are known.
 */

test.use({ timezoneId: "Europe/London", locale: "en-GB" });

/** The leader track's modules in reading order, as the built run sheet lists them. */
const leaderModules = [
  ...readFileSync(join(outDir, "facilitator/leader/index.html"), "utf8").matchAll(
    /<article[^>]*\sid="module-([a-z0-9-]+)"/g,
  ),
].map((match) => match[1]!);

/** A record with the first `done` modules of the leader track completed on 24 November 2026. */
function leaderRecord(done: number, extra: object = {}) {
  return {
    version: 3,
    modules: Object.fromEntries(
      leaderModules.slice(0, done).map((id) => [
        id,
        {
          status: "completed",
          firstVisit: "2026-11-20T09:00:00.000Z",
          completedAt: "2026-11-24T12:00:00.000Z",
        },
      ]),
    ),
    quizzes: {},
    reflections: {
      "putting-it-together/next-ninety-days": {
        text: "My private plan",
        updatedAt: "2026-11-24T12:00:00.000Z",
      },
    },
    commitments: {
      [leaderModules[0]!]: {
        text: "My private promise",
        madeAt: "2026-11-24T12:00:00.000Z",
        checkIns: [],
      },
    },
    ...extra,
  };
}

/** A learner's page on My progress, in a context of their own, with their record. */
async function learnerOnProgress(browser: Browser, record: object): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  await seedProgress(page, record);
  await page.goto("/progress/");
  await page.getByRole("heading", { name: "Share with my manager" }).scrollIntoViewIfNeeded();
  await expect(page.getByLabel("Your name, as your manager will see it")).toBeEnabled();
  return page;
}

/** The summary text a learner makes under `name`. */
async function summaryTextOf(page: Page, name: string): Promise<string> {
  await page.getByLabel("Your name, as your manager will see it").fill(name);
  await page.getByRole("button", { name: "Make a text to paste" }).click();
  return page.getByLabel(/Your summary as text/).inputValue();
}

const paste = (page: Page) => page.getByLabel("Paste summaries or completion codes");

/** What the learner's summary holds, shown before it is sent. */
const sharePreview = (page: Page) => page.getByRole("region", { name: "What the summary holds" });

/** The team page's report of what was added and what was refused: the status under its heading. */
const teamResults = (page: Page) =>
  page.getByRole("status").filter({ has: page.getByRole("heading", { name: "What was added" }) });

async function addPasted(page: Page, text: string) {
  await paste(page).fill(text);
  await page.getByRole("button", { name: "Add to the team" }).click();
}

test("two learners share, the manager adds both and a code, sees the table and bars, exports CSV, and an update replaces a row", async ({
  browser,
}) => {
  test.slow();
  // Ana shares a text; Ben, who finished the track, a file; his name looks like a formula.
  const ana = await learnerOnProgress(browser, leaderRecord(2));
  const anaText = await summaryTextOf(ana, "Ana Lima");
  expect(anaText).toMatch(/^CXTEAM1\./);
  // The learner sees what it holds, and nothing private is in it.
  const preview = sharePreview(ana);
  await expect(preview).toContainText("Leader development: 2 of");
  await expect(preview).toContainText("Commitments: 1 made, 0 check-ins.");
  await expect(preview).not.toContainText("My private");

  const ben = await learnerOnProgress(browser, leaderRecord(leaderModules.length));
  await ben.getByLabel("Your name, as your manager will see it").fill("=Ben Ode");
  const benCode = (await sharePreview(ben)
    .getByRole("listitem")
    .filter({ hasText: "completion code" })
    .textContent())!.match(/CX-LDR-\d{8}-[0-9A-Z]{4}-[0-9A-Z]/)![0];
  const benDownload = ben.waitForEvent("download");
  await ben.getByRole("button", { name: "Download the summary file" }).click();
  const benFile = await (await benDownload).path();
  const benJson = readFileSync(benFile, "utf8");
  expect(benJson).toContain('"format": "cx-learning-map/team-summary"');
  expect(benJson).not.toContain("My private");

  // The manager, on a device of their own.
  const manager = await (
    await browser.newContext({
      timezoneId: "Europe/London",
      locale: "en-GB",
      acceptDownloads: true,
    })
  ).newPage();
  await manager.goto("/team/");
  await expect(manager.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await manager.getByLabel("Or choose summary files").setInputFiles(benFile);
  await expect(manager.getByRole("status").filter({ hasText: "=Ben Ode: added." })).toBeVisible();
  await addPasted(manager, `${anaText}\nCleo Ng: ${benCode}`);
  const results = teamResults(manager);
  await expect(results).toContainText("Ana Lima: added.");
  await expect(results).toContainText("Cleo Ng: added.");

  await manager.getByLabel("Track").selectOption({ label: "Leader development" });
  const table = manager.getByRole("table", { name: /Leader development: 3 people/ });
  await expect(table).toBeVisible();
  const row = (name: string) =>
    table.getByRole("row").filter({ has: manager.getByRole("rowheader", { name }) });
  await expect(row("Ana Lima").getByRole("cell").nth(0)).toHaveText(
    /^✓ Done(, best score \d+%)?, 24 November 2026$/,
  );
  await expect(row("Ana Lima").getByRole("cell").nth(2)).toHaveText("○ Not started");
  await expect(row("=Ben Ode").getByRole("cell").last()).toContainText(benCode);
  await expect(row("Cleo Ng").getByRole("cell").last()).toContainText("✓ 24 November 2026");
  // The bars: the first module is done by all three, the third by Ben and Cleo (by code).
  const bars = manager
    .getByRole("list", { name: "How far the team is, module by module" })
    .getByRole("listitem");
  await expect(bars.first()).toContainText("3 of 3 done (100%)");
  await expect(bars.nth(2)).toContainText("2 of 3 done (67%)");

  // Sorting by modules done puts the fewest first, then the most.
  const doneHeader = manager.getByRole("columnheader", { name: /Modules done/ });
  await doneHeader.getByRole("button").click();
  await expect(doneHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(table.getByRole("rowheader").first()).toHaveText("Ana Lima");
  await doneHeader.getByRole("button").click();
  await expect(doneHeader).toHaveAttribute("aria-sort", "descending");
  await expect(table.getByRole("rowheader").last()).toHaveText("Ana Lima");

  // The CSV reads back with a row per person, and Ben's name cannot run as a formula.
  const csvDownload = manager.waitForEvent("download");
  await manager.getByRole("button", { name: "Export as CSV" }).click();
  const csv = readFileSync(await (await csvDownload).path(), "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^Name,How this course works,Why customer focus,/);
  expect(lines.find((line) => line.includes("Ben Ode"))).toMatch(/^'=Ben Ode,/);
  expect(lines.find((line) => line.startsWith("Ana Lima"))).toContain(",done 2026-11-24,");

  // Ana finishes another module and shares again: her row is updated, not doubled.
  await ana.evaluate(
    ({ key, id }) => {
      const record = JSON.parse(localStorage.getItem(key)!);
      record.modules[id] = { status: "completed", completedAt: "2026-11-25T12:00:00.000Z" };
      localStorage.setItem(key, JSON.stringify(record));
    },
    { key: PROGRESS_KEY, id: leaderModules[2]! },
  );
  await ana.reload();
  await ana.getByRole("heading", { name: "Share with my manager" }).scrollIntoViewIfNeeded();
  await expect(sharePreview(ana)).toContainText("Leader development: 3 of");
  const anaAgain = await summaryTextOf(ana, "Ana Lima");
  await addPasted(manager, anaAgain);
  await expect(results).toContainText("Ana Lima: updated with the newer summary.");
  await expect(manager.getByRole("table", { name: /3 people/ })).toBeVisible();
  await expect(row("Ana Lima").getByRole("cell").nth(2)).toHaveText(
    /^✓ Done(, best score \d+%)?, 25 November 2026$/,
  );

  // The team is the manager's alone: their own progress record is untouched.
  expect(await manager.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
  await manager.reload();
  await expect(manager.getByRole("table", { name: /3 people/ })).toBeVisible();
});

test("the team page loads its readers only once something is added", async ({ browser, page }) => {
  const ana = await learnerOnProgress(browser, leaderRecord(1));
  const text = await summaryTextOf(ana, "Ana Lima");
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  const reader = (path: string) => /\/(intake|read|schema)\.[\w-]+\.js$/.test(path);
  expect(scripts.filter(reader)).toEqual([]);
  await addPasted(page, text);
  await expect(teamResults(page)).toContainText("Ana Lima: added.");
  expect(scripts.filter(reader).length).toBeGreaterThan(0);
});

test("a summary cut short, or not a summary, is refused with the reason and changes nothing", async ({
  browser,
  page,
}) => {
  const ana = await learnerOnProgress(browser, leaderRecord(1));
  const text = await summaryTextOf(ana, "Ana Lima");
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, text.slice(0, -20));
  await expect(teamResults(page)).toContainText("Line 1: the summary text is cut short");
  // What was pasted stays in the box, to be fixed rather than lost.
  await expect(paste(page)).toHaveValue(text.slice(0, -20));
  await addPasted(page, "CXTEAM9.abc.12345678");
  await expect(teamResults(page)).toContainText("made by a newer version of this site (version 9)");
  await page.getByLabel("Or choose summary files").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"cx-learning-map/progress","progress":{}}'),
  });
  await expect(teamResults(page)).toContainText("notes.json: this is not a summary");
  await expect(page.getByText("Nobody on the team yet.")).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), TEAM_KEY)).toBeNull();
});

test("forgetting the team asks first, then clears it from this browser", async ({
  browser,
  page,
}) => {
  const ana = await learnerOnProgress(browser, leaderRecord(1));
  const text = await summaryTextOf(ana, "Ana Lima");
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, text);
  await page.getByRole("button", { name: "Forget this team" }).click();
  await expect(page.getByRole("group", { name: /Forget the 1 person/ })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("rowheader", { name: "Ana Lima" })).toBeVisible();
  await page.getByRole("button", { name: "Forget this team" }).click();
  await page.getByRole("button", { name: "Yes, forget the team" }).click();
  await expect(page.getByText("Nobody on the team yet.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nobody on the team yet.")).toBeVisible();
});

test("the team page with a team, and My progress with its charts, have no accessibility violations, light and dark", async ({
  browser,
}) => {
  test.slow(); // two pages, each checked in full twice
  const context = await browser.newContext({ timezoneId: "Europe/London" });
  const learner = await context.newPage();
  const record = leaderRecord(3, {
    quizzes: {
      "why-customer-focus": {
        answers: {
          "expectations-rising": {
            value: "x",
            score: 1,
            correct: true,
            confidence: "sure",
            answeredAt: "2026-11-24T12:00:00.000Z",
          },
          "culture-results": {
            value: "y",
            score: 0,
            correct: false,
            confidence: "unsure",
            answeredAt: "2026-11-24T12:00:00.000Z",
          },
        },
        attempts: 1,
        bestScore: 0.5,
        passed: false,
      },
    },
    review: { "why-customer-focus/culture-results": { box: 2, due: "2026-11-27" } },
  });
  await seedProgress(learner, record);
  await learner.goto("/progress/");
  await learner.getByRole("heading", { name: "Share with my manager" }).scrollIntoViewIfNeeded();
  const text = await summaryTextOf(learner, "Ana Lima");
  await learner.evaluate(() => window.scrollTo(0, 0));
  await expect(
    learner.getByRole("region", { name: "Leader development", exact: true }),
  ).toBeVisible();
  await expect(learner.getByRole("figure", { name: "Questions in each review box" })).toContainText(
    "Box 2 (every 3 days)",
  );
  expect(await violationsLightAndDark(learner)).toEqual([]);

  const page = await context.newPage();
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, text);
  await page.getByLabel("Track").selectOption({ label: "Leader development" });
  await expect(page.getByRole("rowheader", { name: "Ana Lima" })).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
  await context.close();
});

test("the charts on My progress say their figures in words and draw in the system's colours when colours are forced", async ({
  page,
}) => {
  await seedProgress(page, leaderRecord(3));
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/progress/");
  const leader = page.getByRole("region", { name: "Leader development", exact: true });
  const ring = leader.getByRole("img", {
    name: new RegExp(`Leader development: 3 of ${leaderModules.length} modules done`),
  });
  await expect(ring).toBeVisible();
  // The ring's filled part in the system's highlight colour, not a brand colour forced away.
  // The filled arc is drawing only, hidden from the accessibility tree: no role or text finds it.
  const colours = await ring.locator(".ring-value").evaluate((value) => {
    const probe = document.createElement("span");
    probe.style.color = "Highlight";
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    return { stroke: getComputedStyle(value).stroke, highlight };
  });
  expect(colours.stroke).toBe(colours.highlight);
});

/**
 * Well-formed leader codes, one for each day, found as a manager would check them: every check
 * character tried on /verify/, the one it calls well formed kept.
 */
async function wellFormedCodes(page: Page, days: string[]): Promise<string[]> {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  await page.goto("/verify/");
  const box = page.getByLabel("Completion codes, one per line");
  await expect(box).toBeEditable();
  await box.fill(
    days.flatMap((day) => [...alphabet].map((check) => `CX-LDR-${day}-AB12-${check}`)).join("\n"),
  );
  await page.getByRole("button", { name: "Check codes" }).click();
  const wellFormed = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "✓ Yes" }) })
    .getByRole("rowheader");
  await expect(wellFormed).toHaveCount(days.length);
  return (await wellFormed.allTextContents()).map((code) => code.trim());
}

/** A summary text as "Share with my manager" makes it, made here for many people at once. */
const summaryFor = (name: string, day = "2026-11-24") =>
  summaryText({
    version: 1,
    name,
    madeAt: `${day}T12:00:00.000Z`,
    modules: [{ id: leaderModules[0]!, status: "done", day, score: 90 }],
    certificates: [],
    review: { learned: 0, waiting: 0, due: 0 },
    commitments: { made: 0, checkIns: 0 },
  });

test("a paste of three codes with one mistyped check character adds two and names line 3, which stays in the box", async ({
  page,
}) => {
  const codes = await wellFormedCodes(page, ["20261120", "20261121", "20261122"]);
  const last = codes[2]!;
  const mistyped = `${last.slice(0, -1)}${last.endsWith("A") ? "B" : "A"}`;
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, `Ana Lima: ${codes[0]}\nBen Ode: ${codes[1]}\nCleo Ng: ${mistyped}`);
  const results = teamResults(page);
  await expect(results).toContainText("2 people added.");
  await expect(results).toContainText("Line 3: the check character does not match");
  await expect(results).toContainText("1 line not added: it stays in the box to fix.");
  await expect(paste(page)).toHaveValue(`Cleo Ng: ${mistyped}`);
  await expect(page.getByRole("table", { name: /2 people/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Ana Lima" })).toBeVisible();
});

test("a paste of 150 summaries adds 150 people", async ({ page }) => {
  const texts = await Promise.all(
    Array.from({ length: 150 }, (_, index) => summaryFor(`Person ${index + 1}`)),
  );
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, texts.join("\n"));
  await expect(teamResults(page)).toContainText("150 people added.");
  await expect(page.getByRole("table", { name: /150 people/ })).toBeVisible();
  await expect(paste(page)).toHaveValue("");
});

test("a whole email, its summary wrapped at 76 characters, adds the person and names the other lines", async ({
  page,
}) => {
  const text = await summaryFor("Ana Lima");
  const email = ["Hi Sam,", "", ...text.match(/.{1,76}/g)!.map((line) => `> ${line}`), "thanks!"];
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(page, email.join("\n"));
  const results = teamResults(page);
  await expect(results).toContainText("1 person added.");
  await expect(results).toContainText(
    `Lines 1 and ${email.length}: nothing here is a summary or a completion code.`,
  );
  await expect(page.getByRole("rowheader", { name: "Ana Lima" })).toBeVisible();
  await expect(paste(page)).toHaveValue("Hi Sam,\nthanks!");
});

test("a summary dated 2099 is refused and blocks nothing", async ({ page }) => {
  await page.goto("/team/");
  await expect(page.getByRole("button", { name: "Add to the team" })).toBeEnabled();
  await addPasted(
    page,
    `${await summaryFor("Ana Lima", "2099-01-01")}\n${await summaryFor("Ben Ode")}`,
  );
  const results = teamResults(page);
  await expect(results).toContainText("Line 1: it is dated 1 January 2099, which has not come yet");
  await expect(page.getByRole("rowheader", { name: "Ben Ode" })).toBeVisible();
  await addPasted(page, await summaryFor("Ana Lima"));
  await expect(page.getByRole("rowheader", { name: "Ana Lima" })).toBeVisible();
});

test("the team page is reached from the header of any page, in either language", async ({
  page,
}) => {
  for (const [from, link, heading] of [
    ["/glossary/", "For managers", "Your team"],
    ["/modules/why-customer-focus/", "For managers", "Your team"],
    ["/fr/review/", "Pour les responsables", "Votre équipe"],
  ] as const) {
    await page.goto(from);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // And from there, the run sheets.
    await expect(page.getByRole("link", { name: /Leader/ }).first()).toBeVisible();
  }
});

for (const [lang, prefix] of [
  ["en", ""],
  ["fr", "/fr"],
] as const) {
  test(`on a phone the team is one card per person and nothing scrolls sideways (${lang})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      timezoneId: "Europe/London",
      locale: lang === "fr" ? "fr-FR" : "en-GB",
    });
    const page = await context.newPage();
    const words = languages[lang].ui.team;
    await page.goto(`${prefix}/team/`);
    const add = page.getByRole("button", { name: words.add });
    await expect(add).toBeEnabled();
    const texts = await Promise.all(
      ["Ana Lima", "Ben Ode", "Cleo Ng"].map((name) => summaryFor(name)),
    );
    await page.getByLabel(words.pasteLabel).fill(texts.join("\n"));
    await add.click();
    await page.getByLabel(words.trackLabel, { exact: true }).selectOption("leader");
    await expect(page.getByRole("rowheader", { name: "Cleo Ng" })).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // Each person's card shows each module's state in words.
    await expect(
      page.getByRole("row").filter({ hasText: "Ana Lima" }).getByRole("cell").first(),
    ).toContainText(lang === "fr" ? "Terminé" : "Done");
    await context.close();
  });
}
