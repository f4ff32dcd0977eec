import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";
import { itemsInOrder, violationsLightAndDark } from "./helpers";

/*
 * The orientation module "How this course works" holds one question of every type. A learner
 * completes it with the keyboard alone: Tab to move, arrows and Space to choose, Enter to press.
 * Locators only find elements and read state; every action is a key press.
 */

const modulePath = "/modules/how-this-course-works/";

interface PracticeQuiz {
  title: string;
  questions: {
    id: string;
    prompt: string;
    options?: { text: string; correct?: boolean }[];
    items?: { id: string; text: string }[];
    pairs?: { left: string; right: string }[];
    statements?: { text: string }[];
  }[];
}

const practice = parse(
  readFileSync("content/quizzes/how-this-course-works.yaml", "utf8"),
) as PracticeQuiz;
const question = (id: string) => practice.questions.find((candidate) => candidate.id === id)!;
/** The unscored quiz after it: a self-assessment scale and a reflection. */
const aboutYou = parse(
  readFileSync("content/quizzes/how-this-course-works-about-you.yaml", "utf8"),
) as PracticeQuiz;

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/** Press Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 300; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

/** Tab into a radio group, then arrow to `radio`, which checks it. */
async function chooseRadio(page: Page, group: Locator, radio: Locator) {
  await tabTo(page, group.getByRole("radio").first());
  for (let presses = 0; presses < 10 && !(await isFocused(radio)); presses++) {
    await page.keyboard.press("ArrowDown");
  }
  if (!(await radio.isChecked())) await page.keyboard.press("Space");
  await expect(radio).toBeChecked();
}

/** Say how sure you are; "Sure" and "Unsure" need exact names, one contains the other. */
async function sayHowSure(page: Page, group: Locator, level: "Sure" | "Unsure" | "I don't know") {
  const confidence = group.getByRole("group", { name: "How sure are you?" });
  await chooseRadio(page, confidence, confidence.getByRole("radio", { name: level, exact: true }));
}

async function press(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

/**
 * A question's fieldset. The quiz hydrates when the keyboard first reaches it (client:reach):
 * nothing waits for that, so the first keys may come before it has, as a learner's would.
 */
async function questionGroup(page: Page, prompt: string) {
  const group = page.getByRole("group", { name: prompt });
  await group.scrollIntoViewIfNeeded();
  return group;
}

test(`a learner completes "How this course works" with the keyboard alone`, async ({ page }) => {
  test.slow();
  await page.goto(modulePath);
  await expect(
    page.getByRole("heading", { level: 1, name: "How this course works" }),
  ).toBeVisible();

  // Single choice, sure and right.
  const single = question("where-progress-lives");
  const singleGroup = await questionGroup(page, single.prompt);
  const rightText = single.options!.find((option) => option.correct)!.text;
  await chooseRadio(page, singleGroup, singleGroup.getByRole("radio", { name: rightText }));
  await sayHowSure(page, singleGroup, "Sure");
  await press(page, singleGroup.getByRole("button", { name: "Check answer" }));
  await expect(singleGroup.getByText("✓ Correct.")).toBeVisible();
  // Focus moves to the feedback, the live region that says how the answer went.
  await expect(singleGroup.getByRole("status").filter({ hasText: "✓ Correct." })).toBeFocused();

  // True or false, answered honestly with "I don't know": the answer is shown at once.
  const trueFalse = question("dont-know-shows-answer");
  const trueFalseGroup = await questionGroup(page, trueFalse.prompt);
  await sayHowSure(page, trueFalseGroup, "I don't know");
  await press(page, trueFalseGroup.getByRole("button", { name: "Show me the answer" }));
  await expect(trueFalseGroup.getByText("? You said you don't know.")).toBeVisible();
  await expect(trueFalseGroup.getByText("The statement is true.", { exact: false })).toBeVisible();

  // Multiple select: Space ticks each right option.
  const multiple = question("what-you-can-do");
  const multipleGroup = await questionGroup(page, multiple.prompt);
  for (const option of multiple.options!.filter((candidate) => candidate.correct)) {
    const box = multipleGroup.getByRole("checkbox", { name: option.text });
    await tabTo(page, box);
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  }
  await sayHowSure(page, multipleGroup, "Unsure");
  await press(page, multipleGroup.getByRole("button", { name: "Check answer" }));
  await expect(multipleGroup.getByText("✓ Correct.")).toBeVisible();

  // Ordering: move each item up with its button until the list is in the authored order.
  const ordering = question("module-order");
  const orderingGroup = await questionGroup(page, ordering.prompt);
  const itemTexts = () =>
    itemsInOrder(
      orderingGroup,
      ordering.items!.map((item) => item.text),
    );
  for (const [target, item] of ordering.items!.entries()) {
    const moveUp = orderingGroup.getByRole("button", { name: `Move up: ${item.text}` });
    while ((await itemTexts()).indexOf(item.text) > target) {
      if (!(await isFocused(moveUp))) await tabTo(page, moveUp);
      await page.keyboard.press("Enter");
    }
  }
  expect(await itemTexts()).toEqual(ordering.items!.map((item) => item.text));
  await expect(orderingGroup.getByRole("status").first()).toContainText("Moved");
  await sayHowSure(page, orderingGroup, "Sure");
  await press(page, orderingGroup.getByRole("button", { name: "Check answer" }));
  await expect(orderingGroup.getByText("✓ Correct.")).toBeVisible();

  // Matching: arrow through each menu until it shows the right partner.
  const matching = question("tracks");
  const matchingGroup = await questionGroup(page, matching.prompt);
  for (const pair of matching.pairs!) {
    const menu = matchingGroup.getByRole("combobox", { name: pair.left });
    await tabTo(page, menu);
    const chosenText = () =>
      menu.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? "");
    for (let presses = 0; presses < 10 && (await chosenText()) !== pair.right; presses++) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await chosenText()).toBe(pair.right);
  }
  await sayHowSure(page, matchingGroup, "Sure");
  await press(page, matchingGroup.getByRole("button", { name: "Check answer" }));
  await expect(matchingGroup.getByText("✓ Correct.")).toBeVisible();

  // The scenario: two responses, each with its consequence, then the outcome and a debrief.
  const scenarioGroup = await questionGroup(page, question("birthday-present").prompt);
  const responses = scenarioGroup.getByRole("group", { name: "How do you respond?" });
  await press(page, responses.getByRole("button", { name: /three days before/ }));
  await expect(scenarioGroup.getByText("What happens:")).toBeVisible();
  await press(page, responses.getByRole("button", { name: /goes out today/ }));
  await expect(scenarioGroup.getByText(/Outcome: A present on time/)).toBeVisible();
  await expect(scenarioGroup.getByText("Debrief:")).toBeVisible();

  // The result: the score against the pass mark, and how confidence matched correctness.
  const result = page
    .getByRole("region", { name: practice.title })
    .getByRole("status")
    .filter({ hasText: "You answered" });
  await expect(result).toBeFocused();
  await expect(result).toContainText("✓ Passed. You answered 5 of 6 correctly (83%)");
  await expect(result).toContainText(
    "You were sure of 3 answers, and all were right: your confidence was well placed.",
  );
  await expect(result).toContainText("You said “I don't know” once.");

  // Not scored: a self-assessment profile and a reflection kept on this device.
  const scale = aboutYou.questions.find((candidate) => candidate.statements)!;
  const scaleGroup = await questionGroup(page, scale.prompt);
  for (const [index, { text }] of scale.statements!.entries()) {
    const statement = scaleGroup.getByRole("group", { name: text, exact: true });
    const label = ["Rarely", "Sometimes", "Often", "Always"][index]!;
    await chooseRadio(page, statement, statement.getByRole("radio", { name: label }));
  }
  await press(page, scaleGroup.getByRole("button", { name: "Show my profile" }));
  await expect(scaleGroup.getByText("Your profile", { exact: true })).toBeVisible();
  await expect(scaleGroup.getByText(/2\.5 of 5, closest to/)).toBeVisible();
  await expect(scaleGroup.getByText(/4\.5 of 5, closest to/)).toBeVisible();

  const reflectionGroup = await questionGroup(page, "Think of a time a company made");
  await tabTo(page, reflectionGroup.getByRole("textbox", { name: "Your reflection" }));
  await page.keyboard.type("My bank warned me about a strange payment before I noticed it.");
  await press(page, reflectionGroup.getByRole("button", { name: "Save on this device" }));
  await expect(reflectionGroup.getByText(/✓ Saved on this device/)).toBeVisible();
  await expect(page.getByText("✓ Done.")).toBeVisible();

  // Both quizzes passed: the module is complete, and no accessibility rule is broken, light
  // or dark.
  await expect(page.locator("article header").getByText("Completed")).toBeVisible();
  expect(await violationsLightAndDark(page)).toEqual([]);

  // The reflection is shown back on a later visit.
  await page.reload();
  const again = await questionGroup(page, "Think of a time a company made");
  await expect(again.getByText("My bank warned me about a strange payment")).toBeVisible();
});

test("a retry shows the options in a new order and keeps the best score", async ({ page }) => {
  await page.goto(modulePath);
  const single = question("where-progress-lives");
  const group = await questionGroup(page, single.prompt);
  const firstOrder = await group
    .getByRole("radio")
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
  // Answer everything with "I don't know": an honest zero.
  for (const prompt of practice.questions.map((candidate) => candidate.prompt)) {
    const each = await questionGroup(page, prompt);
    if (await each.getByRole("group", { name: "How sure are you?" }).count()) {
      await each.getByRole("radio", { name: "I don't know" }).check();
      await each.getByRole("button", { name: "Show me the answer" }).click();
    } else {
      for (const pattern of [/three days before/, /goes out today/]) {
        await each.getByRole("button", { name: pattern }).click();
      }
    }
  }
  await expect(page.getByText("Not passed yet. You answered 1 of 6 correctly (17%)")).toBeVisible();
  await page.getByRole("button", { name: "Try again" }).first().click();
  await expect(group.getByRole("button", { name: "Check answer" })).toBeVisible();
  const secondOrder = await group
    .getByRole("radio")
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
  expect(secondOrder).not.toEqual(firstOrder);
  expect([...secondOrder].sort()).toEqual([...firstOrder].sort());
  await expect(page.getByText("Your best score so far: 17%.")).toBeVisible();
});
