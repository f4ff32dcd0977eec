import { expect, test, type Page } from "@playwright/test";
import {
  accessibilityViolations,
  answersOf,
  mapHydrated,
  pdfText,
  questionGroup,
  readQuiz,
  seedProgress,
} from "./helpers";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * Coming back: a question answered wrong returns for review the next day, and a commitment made
 * in a module returns on the map as a check-in. The browser's clock is set, so "the next day"
 * is a day later for the site without the test waiting one.
 */

test.use({ timezoneId: "Europe/London", locale: "en-GB" });

const day = (date: number, hour = 10) => new Date(Date.UTC(2026, 10, date, hour));
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), PROGRESS_KEY);

test("a wrong answer comes back for review the next day, and a right, sure one moves it up", async ({
  page,
}) => {
  const question = readQuiz("why-customer-focus").questions[0]!;
  const key = `why-customer-focus/${question.id}`;

  // Monday: the learner answers the first question wrong.
  await page.clock.setFixedTime(day(23));
  await page.goto("/modules/why-customer-focus/");
  const group = await questionGroup(page, question.prompt);
  await group.getByRole("radio", { name: answersOf(question).wrong }).check();
  await group.getByRole("button", { name: "Check answer" }).click();
  await expect(group.getByText("✗ Not quite.")).toBeVisible();

  // The same day, nothing is due yet, and the map says nothing about review.
  await page.goto("/review/");
  await expect(page.getByText("Nothing to review today.")).toBeVisible();
  await expect(page.getByText("The next question comes back on 24 November 2026.")).toBeVisible();
  await page.goto("/");
  await mapHydrated(page);
  await expect(page.getByText(/due for review/)).toHaveCount(0);

  // Tuesday: the map shows one review due, and the review page asks the question again.
  await page.clock.setFixedTime(day(24));
  await page.goto("/");
  await page.getByText("1 thing waiting for you").click();
  await expect(page.getByText("1 question is due for review.")).toBeVisible();
  await page.getByRole("link", { name: "Review it now" }).click();
  await expect(page).toHaveURL(/\/review\/$/);
  const again = await questionGroup(page, question.prompt);
  await expect(page.getByText("1 question to review today.")).toBeVisible();
  await again.getByRole("radio", { name: answersOf(question).right }).check();
  await again
    .getByRole("group", { name: "How sure are you?" })
    .getByRole("radio", { name: "Sure", exact: true })
    .check();
  await again.getByRole("button", { name: "Check answer" }).click();
  await expect(again.getByText("✓ Correct.")).toBeVisible();
  await expect(
    page.getByText("Moved up to box 2 of 3: it comes back in 3 days, on 27 November 2026."),
  ).toBeVisible();
  await expect(page.getByText("Done for today.")).toBeVisible();
  expect((await stored(page)).review[key]).toEqual({ box: 2, due: "2026-11-27" });

  // Reviewing never changes the quiz's own result.
  expect((await stored(page)).quizzes["why-customer-focus"].answers[question.id].correct).toBe(
    false,
  );

  // Wednesday: nothing due; Friday it is back.
  await page.clock.setFixedTime(day(25));
  await page.goto("/review/");
  await expect(page.getByText("Nothing to review today.")).toBeVisible();
  await page.clock.setFixedTime(day(27));
  await page.goto("/");
  await page.getByText("1 thing waiting for you").click();
  await expect(page.getByText("1 question is due for review.")).toBeVisible();
});

test("an unsure answer in review keeps the question in its box; a wrong one sends it back", async ({
  page,
}) => {
  const [first, second] = readQuiz("why-customer-focus").questions;
  await seedProgress(page, {
    version: 3,
    modules: {},
    quizzes: {},
    reflections: {},
    review: {
      [`why-customer-focus/${first!.id}`]: { box: 2, due: "2026-11-24" },
      [`why-customer-focus/${second!.id}`]: { box: 3, due: "2026-11-24" },
    },
  });
  await page.clock.setFixedTime(day(24));
  await page.goto("/review/");

  const unsure = await questionGroup(page, first!.prompt);
  await unsure.getByRole("radio", { name: answersOf(first!).right }).check();
  await unsure.getByRole("radio", { name: "Unsure", exact: true }).check();
  await unsure.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText("Stays in box 2: it comes back on 27 November 2026.")).toBeVisible();

  const wrong = await questionGroup(page, second!.prompt);
  await wrong.getByRole("radio", { name: answersOf(second!).wrong }).check();
  await wrong.getByRole("radio", { name: "Sure", exact: true }).check();
  await wrong.getByRole("button", { name: "Check answer" }).click();
  await expect(
    page.getByText("Back to box 1: it comes back tomorrow, 25 November 2026."),
  ).toBeVisible();
  await expect(page.getByText("Done for today. 0 moved up, 2 will come back.")).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

/** Whether any stylesheet the page has applied names `selector`. */
const stylesMention = (page: Page, selector: string) =>
  page.evaluate(
    (wanted) =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes(wanted)),
      ),
    selector,
  );

test("a commitment made in a module comes back on the map as a check-in the next day", async ({
  page,
}) => {
  const commitment = "Acknowledge the feeling before fixing the problem.";
  await page.clock.setFixedTime(day(23));
  // A learner with nothing to come back to: the map has none of a check-in's styles, which
  // come with the card's code.
  await page.goto("/");
  await mapHydrated(page);
  expect(await stylesMention(page, ".check-in")).toBe(false);
  await page.goto("/modules/empathy-in-practice/");
  const picker = page.getByRole("region", { name: "One thing you will do differently" });
  await picker.scrollIntoViewIfNeeded();
  await picker.getByRole("radio", { name: commitment }).check();
  await picker.getByRole("button", { name: "Commit to this" }).click();
  await expect(picker.getByText(`Your commitment: “${commitment}”`)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Not on the map the same day.
  await page.goto("/");
  await mapHydrated(page);
  await expect(page.getByText(/you committed to/)).toHaveCount(0);

  await page.clock.setFixedTime(day(24));
  await page.goto("/");
  await page.getByText("1 thing waiting for you").click();
  const checkIn = page.getByRole("group", { name: /Yesterday you committed to/ });
  await expect(checkIn).toContainText(commitment);
  // Styled as it first shows: its answers' box has no border of its own.
  await expect(checkIn).toHaveCSS("border-top-style", "none");
  expect(await accessibilityViolations(page)).toEqual([]);
  await checkIn.getByRole("radio", { name: "Partly" }).check();
  await page
    .getByLabel("What happened? (optional, kept on this device)")
    .fill("I did it on two calls; on the third I rushed.");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Check-in saved on this device. Thank you.")).toBeVisible();
  await expect(page.getByRole("group", { name: /you committed to/ })).toHaveCount(0);

  // The next one is a week after the commitment.
  await page.clock.setFixedTime(day(30));
  await page.goto("/");
  await page.getByText("1 thing waiting for you").click();
  await expect(page.getByRole("group", { name: /A week ago you committed to/ })).toBeVisible();

  await page.goto("/progress/");
  // The commitment's entry: the list item that links to its module.
  const listed = page
    .getByRole("region", { name: "Your commitments" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Empathy in practice", exact: true }) });
  await expect(listed).toContainText(commitment);
  await expect(listed).toContainText("Partly. I did it on two calls; on the third I rushed.");
});

test("My progress shows time, calibration and the journal, and deletes a reflection on request", async ({
  page,
}) => {
  await seedProgress(page, {
    version: 3,
    modules: {
      "why-customer-focus": {
        status: "completed",
        firstVisit: "2026-11-20T09:00:00.000Z",
        completedAt: "2026-11-20T09:20:00.000Z",
      },
    },
    quizzes: {
      "how-this-course-works": {
        answers: {
          "where-progress-lives": {
            value: "x",
            score: 1,
            correct: true,
            confidence: "sure",
            answeredAt: "2026-11-20T09:00:00.000Z",
          },
          "module-order": {
            value: ["a"],
            score: 0,
            correct: false,
            confidence: "sure",
            answeredAt: "2026-11-20T09:01:00.000Z",
          },
        },
        attempts: 0,
        passed: false,
      },
    },
    reflections: {
      "how-this-course-works-about-you/made-it-easy": {
        text: "My bank called before I noticed the strange payment.",
        updatedAt: "2026-11-20T09:05:00.000Z",
      },
    },
    activeSeconds: { "why-customer-focus": 754 },
  });
  await page.goto("/progress/");
  const row = page
    .getByRole("region", { name: "Your modules" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Why customer focus", exact: true }) });
  await expect(row).toContainText("✓ Completed");
  await expect(row).toContainText("about 13 minutes");
  await expect(page.getByText("You were sure of 2 answers, and 1 was right.")).toBeVisible();

  const journal = page.getByRole("region", { name: "Your reflections journal" });
  await expect(journal).toContainText("My bank called before I noticed the strange payment.");
  await expect(
    journal.getByRole("heading", { name: /Think of a time a company made/ }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // "Print my journal" prints the journal alone.
  await page.evaluate(() => {
    window.print = () => {
      const pdfWanted = document.documentElement.dataset["printing"];
      document.body.dataset["printedAs"] = pdfWanted ?? "everything";
    };
  });
  await journal.getByRole("button", { name: "Print my journal" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed-as", "journal");
  await page.evaluate(() => (document.documentElement.dataset["printing"] = "journal"));
  const journalOnly = await pdfText(await page.pdf());
  expect(journalOnly).toContain("My bank called before I noticed the strange payment.");
  expect(journalOnly).not.toContain("Keep a copy");
  expect(journalOnly).not.toContain("Print my journal");
  await page.evaluate(() => delete document.documentElement.dataset["printing"]);
  expect(await pdfText(await page.pdf())).toContain("Keep a copy");

  await journal.getByRole("button", { name: "Delete this reflection" }).click();
  await expect(journal.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await journal.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(journal.getByText("The reflection was deleted from this device.")).toBeVisible();
  await expect(journal).not.toContainText("My bank called");
  // The store writes under the tabs' lock, a moment after the page shows the change.
  await expect.poll(async () => (await stored(page)).reflections).toEqual({});
});

test("time on a module page is counted while the learner is active", async ({ page }) => {
  await page.clock.install({ time: day(23) });
  await page.goto("/modules/why-customer-focus/");
  await page.getByRole("article").getByText("In progress").waitFor();
  for (let minute = 0; minute < 3; minute++) {
    await page.clock.runFor(60_000);
    await page.mouse.wheel(0, 400);
  }
  // Leaving the page reports the time.
  await page.goto("/progress/");
  const seconds = (await stored(page)).activeSeconds["why-customer-focus"];
  expect(seconds).toBeGreaterThanOrEqual(175);
  expect(seconds).toBeLessThanOrEqual(200);
});
