import { expect, test, type Locator, type Page } from "@playwright/test";
import { answerRight, questionGroup, readQuestions } from "./helpers";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * The busy-tab race: tab B is busy (a slow laptop rendering) when tab A saves an answer, and the
 * learner's click in tab B is handled before tab B has caught up with storage. Both changes
 * must survive.
 */

const storedRecord = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), PROGRESS_KEY);

/**
 * Keep `busyTab` busy while `meanwhile` runs in another tab, then click `target` in the busy
 * tab with raw input, which the browser queues until the tab is free.
 */
async function clickWhileBusy(busyTab: Page, target: Locator, meanwhile: () => Promise<void>) {
  // The click lands where the target is on the screen: it must be on the screen.
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const busy = busyTab.evaluate(() => {
    const end = performance.now() + 2_500;
    while (performance.now() < end);
  });
  await meanwhile();
  const click = busyTab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await busy;
  await click;
}

/** Tab A answers the first question of "Why customer focus" and waits until it is stored. */
async function answerInOtherTab(tab: Page) {
  const [first] = readQuestions("why-customer-focus");
  await answerRight(tab, first!);
  await expect
    .poll(async () =>
      Object.keys((await storedRecord(tab)).quizzes?.["why-customer-focus"]?.answers ?? {}),
    )
    .toContain(first!.id);
}

async function openQuizTab(page: Page) {
  await page.goto("/modules/why-customer-focus/");
  await expect(page.locator("article header").getByText("In progress")).toBeVisible();
}

test("a track chosen in a busy tab keeps the answer another tab saved meanwhile", async ({
  context,
}) => {
  const mapTab = await context.newPage();
  await mapTab.goto("/");
  await mapTab.getByText("Change track").click();
  const leader = mapTab.getByRole("radio", { name: /Leader development/ });
  await expect(leader).toBeEnabled();
  const quizTab = await context.newPage();
  await openQuizTab(quizTab);

  await clickWhileBusy(mapTab, leader, () => answerInOtherTab(quizTab));

  await expect(leader).toBeChecked();
  await expect
    .poll(async () => {
      const record = await storedRecord(mapTab);
      return [
        record.track,
        Object.keys(record.quizzes?.["why-customer-focus"]?.answers ?? {}).length,
      ];
    })
    .toEqual(["leader", 1]);
});

test("a team activity ticked in a busy tab keeps the answer another tab saved meanwhile", async ({
  context,
}) => {
  const activityTab = await context.newPage();
  await activityTab.goto("/modules/feedback-loops/");
  const tick = activityTab.getByRole("checkbox", { name: /A weekly loop review/ });
  await tick.scrollIntoViewIfNeeded();
  await expect(tick).toBeEnabled();
  const quizTab = await context.newPage();
  await openQuizTab(quizTab);

  await clickWhileBusy(activityTab, tick, () => answerInOtherTab(quizTab));

  await expect(tick).toBeChecked();
  await expect
    .poll(async () => {
      const record = await storedRecord(quizTab);
      return [
        typeof record.activities?.["weekly-loop-review"],
        Object.keys(record.quizzes?.["why-customer-focus"]?.answers ?? {}).length,
      ];
    })
    .toEqual(["string", 1]);
});

test("a reflection saved in a busy tab keeps the answer another tab saved meanwhile", async ({
  context,
}) => {
  const reflectionTab = await context.newPage();
  await reflectionTab.goto("/modules/empathy-in-practice/");
  const reflection = readQuestions("empathy-in-practice").find(
    (question) => question.type === "reflection",
  )!;
  const group = await questionGroup(reflectionTab, reflection.prompt);
  // The empathy map's reflection has a box per quarter: the first, what the person said.
  await group
    .getByRole("textbox", { name: "Says" })
    .fill("She said the form was confusing; next time I will fill it in with her.");
  const save = group.getByRole("button", { name: "Save on this device" });
  const quizTab = await context.newPage();
  await openQuizTab(quizTab);

  await clickWhileBusy(reflectionTab, save, () => answerInOtherTab(quizTab));

  await expect
    .poll(async () => {
      const record = await storedRecord(quizTab);
      return [
        record.reflections?.[`empathy-in-practice/${reflection.id}`]?.text?.includes(
          "She said the form was confusing; next time I will fill it in with her.",
        ),
        Object.keys(record.quizzes?.["why-customer-focus"]?.answers ?? {}).length,
      ];
    })
    .toEqual([true, 1]);
});
