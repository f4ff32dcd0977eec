import { expect, test } from "@playwright/test";
import { answersOf, mapHydrated, questionGroup, readQuiz } from "./helpers";

test("a new hire takes the first module's quiz, gets feedback, and keeps the result", async ({
  page,
}) => {
  const quiz = readQuiz("why-customer-focus");
  await page.goto("/");
  await mapHydrated(page);
  const road = page.getByRole("region", { name: "New-hire orientation, step by step" });
  const stop = road.getByRole("listitem").filter({ hasText: "Why customer focus" });
  // Not done yet: it waits for the first step, or is ready.
  await expect(stop).toContainText(/After step 1|Ready|Up next/);
  await expect(stop).not.toContainText("Done");

  await stop.getByRole("link", { name: "Why customer focus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Why customer focus" })).toBeVisible();

  // First question wrong: the feedback says so in words and explains why.
  const [first, ...rest] = quiz.questions;
  const firstGroup = await questionGroup(page, first!.prompt);
  await firstGroup.getByRole("radio", { name: answersOf(first!).wrong }).check();
  await firstGroup.getByRole("button", { name: "Check answer" }).click();
  await expect(firstGroup.getByText("✗ Not quite.")).toBeVisible();
  await expect(firstGroup.getByText(answersOf(first!).wrongFeedback)).toBeVisible();

  for (const question of rest) {
    const group = await questionGroup(page, question.prompt);
    await group.getByRole("radio", { name: answersOf(question).right }).check();
    await group.getByRole("button", { name: "Check answer" }).click();
    await expect(group.getByText("✓ Correct.")).toBeVisible();
  }
  const total = quiz.questions.length;
  await expect(
    page.getByText(`Not passed yet. You answered ${total - 1} of ${total} correctly`),
  ).toBeVisible();

  // A retry with every answer right passes the module.
  await page.getByRole("button", { name: "Try again" }).click();
  for (const question of quiz.questions) {
    const group = await questionGroup(page, question.prompt);
    await group.getByRole("radio", { name: answersOf(question).right }).check();
    await group.getByRole("button", { name: "Check answer" }).click();
  }
  await expect(
    page.getByText(`✓ Passed. You answered ${total} of ${total} correctly`),
  ).toBeVisible();

  // After a reload the answers and the result are still shown in the quiz.
  await page.reload();
  await expect(
    page.getByText(`✓ Passed. You answered ${total} of ${total} correctly`),
  ).toBeVisible();
  const lastGroup = await questionGroup(page, quiz.questions.at(-1)!.prompt);
  await expect(
    lastGroup.getByRole("radio", { name: answersOf(quiz.questions.at(-1)!).right }),
  ).toBeChecked();

  await page.getByRole("link", { name: "Learning map" }).first().click();
  await expect(stop).toContainText("Done");
  // The module that waited for it is ready now.
  await expect(
    road.getByRole("listitem").filter({ hasText: "Our experience principles" }),
  ).toContainText("Ready");
});

test("the skip link takes a keyboard user straight to the content", async ({ page }) => {
  await page.goto("/modules/why-customer-focus/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("a quiz can be answered with the keyboard alone", async ({ page }) => {
  const quiz = readQuiz("our-experience-principles");
  const question = quiz.questions[0]!;
  await page.goto("/modules/our-experience-principles/");
  const group = await questionGroup(page, question.prompt);
  const rightIndex = question.options.findIndex((option) => option.correct);
  await group.getByRole("radio").first().focus();
  for (let step = 0; step < rightIndex; step++) await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio", { name: answersOf(question).right })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(group.getByRole("button", { name: "Check answer" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(group.getByText("✓ Correct.")).toBeVisible();
  // Focus moves to the feedback, the live region that says how the answer went.
  await expect(group.getByRole("status").filter({ hasText: "✓ Correct." })).toBeFocused();
});

test("search finds a module by a phrase from its prose", async ({ page }) => {
  await page.goto("/");
  const results = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search("principles");
    const data = await Promise.all(
      search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
    );
    return data.map((entry: { url: string }) => entry.url);
  });
  expect(results).toContain("/modules/our-experience-principles/");
});
