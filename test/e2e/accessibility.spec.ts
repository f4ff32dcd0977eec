import { expect, test } from "@playwright/test";
import {
  accessibilityViolations,
  answersOf,
  mapHydrated,
  questionGroup,
  readQuiz,
  violationsLightAndDark,
} from "./helpers";

test("the home page has no accessibility violations, light and dark", async ({ page }) => {
  await page.goto("/");
  await mapHydrated(page);
  await expect(page.getByText("Up next").first()).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test("the map with another track chosen, on a narrow screen, has no accessibility violations, light and dark", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?track=leader");
  await mapHydrated(page);
  await expect(
    page.getByRole("region", { name: "Leader development, step by step" }),
  ).toBeVisible();
  // Every module of every track, as the learner opens them.
  await page.getByText("Show all modules").click();
  await expect(page.getByRole("region", { name: "Self-paced" })).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test("a module page with quiz feedback showing has no accessibility violations, light and dark", async ({
  page,
}) => {
  const question = readQuiz("why-customer-focus").questions[0]!;
  await page.goto("/modules/why-customer-focus/");
  const group = await questionGroup(page, question.prompt);
  await group.getByRole("radio", { name: answersOf(question).wrong }).check();
  await group.getByRole("button", { name: "Check answer" }).click();
  await expect(group.getByText("✗ Not quite.")).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);
});

test.describe("forced colours", () => {
  test.use({ forcedColors: "active" });

  test("the home page and a module page have no accessibility violations", async ({ page }) => {
    await page.goto("/");
    await mapHydrated(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto("/modules/why-customer-focus/");
    await page.keyboard.press("End");
    await expect(page.getByRole("link", { name: /Next in your track/ })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
