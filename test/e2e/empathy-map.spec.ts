import { expect, test } from "@playwright/test";
import { accessibilityViolations, questionGroup } from "./helpers";

/*
 * The empathy map in "Empathy in practice": a worked example as a 2×2 grid, and the learner's
 * own map in four boxes laid out the same way, shown again in the journal on My progress.
 */

const prompt = /Think of a recent conversation with a customer or colleague/;

test("the learner's empathy map is saved in four boxes and shows again on My progress after a reload", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/modules/empathy-in-practice/");
  const example = page.getByRole("figure", { name: "Rosa’s empathy map" });
  await expect(example.getByRole("term")).toHaveText(["Says", "Thinks", "Does", "Feels"]);
  await expect(example).toContainText("cash-only sign");

  const group = await questionGroup(page, prompt.source);
  const boxes = group.getByRole("group", { name: "Your empathy map" });
  await boxes.getByRole("textbox", { name: "Says", exact: true }).fill("“This is the third time.”");
  await boxes.getByRole("textbox", { name: "Thinks", exact: true }).fill("Nobody reads my emails.");
  await boxes.getByRole("textbox", { name: "Does", exact: true }).fill("Calls from the car park.");
  await boxes.getByRole("textbox", { name: "Feels", exact: true }).fill("Tired and ignored.");
  await group.getByRole("button", { name: "Save on this device" }).click();
  await expect(group.getByText(/Saved on this device/)).toBeVisible();
  await expect(group.getByRole("definition")).toHaveText([
    "“This is the third time.”",
    "Nobody reads my emails.",
    "Calls from the car park.",
    "Tired and ignored.",
  ]);

  await page.goto("/progress/");
  await page.reload();
  const entry = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: prompt }) });
  await expect(entry.getByRole("term")).toHaveText(["Says", "Thinks", "Does", "Feels"]);
  await expect(entry.getByRole("definition")).toHaveText([
    "“This is the third time.”",
    "Nobody reads my emails.",
    "Calls from the car park.",
    "Tired and ignored.",
  ]);
  expect(await accessibilityViolations(page)).toEqual([]);
});
