import { expect, test, type Locator, type Page } from "@playwright/test";
import { answerRight, holdBack, languages, readQuestions } from "./helpers";
import { PROGRESS_KEY } from "../../src/vocabulary/record";

/*
 * A module page's islands hydrate when the learner reaches for them (client:reach,
 * src/islands/reach.ts), or at once when the record holds what they show. A learner who acts
 * before the code has come loses nothing: these tests hold the island's code back a while and
 * act at once, as a learner on a slow phone would.
 */

const moduleId = "why-customer-focus";
const modulePath = `/modules/${moduleId}/`;
const ui = languages.en.ui;
const first = readQuestions(moduleId)[0]!;
const right = first.options!.find((option) => option.correct)!.text;
/** A module that ends with a commitment. */
const committing = "our-experience-principles";

/** Whether the island around `part` is still as the server wrote it. */
const stillWaiting = (page: Page, part: ReturnType<Page["locator"]>) =>
  page.locator("astro-island[ssr]", { has: part }).count();

/**
 * Choose the right option and press Check the moment the page opens, with `press` (a click, a
 * tap), before any of the quiz's code has come: the button says it has the press, and the answer
 * is counted once the code comes. The question's group.
 */
async function answerBeforeTheCode(page: Page, press: (target: Locator) => Promise<void>) {
  const letTheCodeCome = await holdBack(page, "Quiz");
  await page.goto(modulePath, { waitUntil: "domcontentloaded" });
  const group = page.getByRole("group", { name: first.prompt });
  await press(group.getByText(right));
  const check = group.getByRole("button", { name: ui.quiz.check });
  await press(check);
  expect(await stillWaiting(page, group)).toBe(1);
  await expect(check).toHaveAttribute("aria-busy", "true");
  letTheCodeCome();
  await expect(group.getByRole("radio", { name: right })).toBeChecked();
  await expect(group.getByText(ui.quiz.verdictCorrect)).toBeVisible();
  return group;
}

test("an option clicked and checked the moment the page opens is answered once the code comes", async ({
  page,
}) => {
  const group = await answerBeforeTheCode(page, (target) => target.click());

  // After a reload, with nothing touched, the stored answer shows.
  await page.unrouteAll();
  await page.reload();
  await expect(group.getByText(ui.quiz.verdictCorrect)).toBeVisible();
  await expect(group.getByRole("radio", { name: right })).toBeChecked();
});

test("a keyboard learner answers before the quiz's code has come, and nothing is lost", async ({
  page,
}) => {
  const letTheCodeCome = await holdBack(page, "Quiz");
  await page.goto(modulePath, { waitUntil: "domcontentloaded" });
  const group = page.getByRole("group", { name: first.prompt });
  const radios = group.getByRole("radio");
  await radios.first().focus();
  // Arrow down until the right option has focus (and is checked), Tab to the button, Enter.
  for (let presses = 0; presses < 6; presses++) {
    const focused = await group
      .getByRole("radio", { name: right })
      .evaluate((radio) => radio === document.activeElement);
    if (focused) break;
    await page.keyboard.press("ArrowDown");
  }
  if (!(await group.getByRole("radio", { name: right }).isChecked())) {
    await page.keyboard.press("Space");
  }
  await page.keyboard.press("Tab");
  await expect(group.getByRole("button", { name: ui.quiz.check })).toBeFocused();
  await page.keyboard.press("Enter");
  expect(await stillWaiting(page, group)).toBe(1);
  letTheCodeCome();
  await expect(group.getByText(ui.quiz.verdictCorrect)).toBeVisible();
  await expect(group.getByRole("radio", { name: right })).toBeChecked();
});

test("a page read to the end loads no Preact, and the module's end shows a passed quiz unasked", async ({
  page,
}) => {
  const files: string[] = [];
  page.on("request", (request) => files.push(new URL(request.url()).pathname));
  await page.goto(modulePath);
  for (let y = 0; y <= (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForLoadState("networkidle");
  expect(files.filter((file) => /\/_astro\/(preact|client|Quiz|ModuleEnd)\./.test(file))).toEqual(
    [],
  );
  await expect(page.getByRole("heading", { name: ui.moduleEnd.toFinish })).toBeVisible();

  // Passing the quiz: the module's end, never reached for, says the module is done.
  for (const question of readQuestions(moduleId)) await answerRight(page, question);
  await expect(page.getByRole("heading", { name: /done$/ })).toBeVisible();
  expect(files.some((file) => /\/_astro\/preact\./.test(file))).toBe(true);
});

/**
 * Open a module that ends with a commitment, its picker's code held back, and choose the first
 * suggestion before the code has come: the picker, the choice's words, and what lets the code
 * come.
 */
async function chooseBeforeTheCode(page: Page) {
  const letTheCodeCome = await holdBack(page, "CommitmentPicker");
  await page.goto(`/modules/${committing}/`, { waitUntil: "domcontentloaded" });
  const picker = page.getByRole("group", { name: ui.commitment.question });
  const choice = picker.getByRole("radio").first();
  const text = await choice.evaluate((radio) => (radio as HTMLInputElement).value);
  await choice.check();
  return { picker, text, letTheCodeCome };
}

/** The words of the commitment the record on this device holds for that module. */
const storedCommitment = (page: Page) =>
  page.evaluate(
    ([key, id]) => JSON.parse(localStorage.getItem(key) ?? "{}").commitments?.[id]?.text,
    [PROGRESS_KEY, committing] as const,
  );

test("a commitment chosen and saved before its code has come is saved", async ({ page }) => {
  const { picker, text, letTheCodeCome } = await chooseBeforeTheCode(page);
  await page.getByRole("button", { name: ui.commitment.commit }).click();
  expect(await stillWaiting(page, picker)).toBe(1);
  letTheCodeCome();
  await expect(page.getByText(ui.commitment.saved)).toBeAttached();
  expect(await storedCommitment(page)).toBe(text);
});

test("Commit pressed just as the picker's code takes over saves the choice made before the code came", async ({
  page,
}) => {
  // The learner's press lands the moment the directive hands the island over to its own
  // handlers (the directive stops listening): the worst moment for a press to overtake the
  // choice the learner made while the code was coming.
  await page.addInitScript((commit) => {
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      remove.call(this, type, listener, options);
      if (type !== "click" || !(this instanceof Element)) return;
      const button = [...this.querySelectorAll("button")].find((it) => it.textContent === commit);
      if (button) queueMicrotask(() => button.click());
    };
  }, ui.commitment.commit);
  const { picker, text, letTheCodeCome } = await chooseBeforeTheCode(page);
  expect(await stillWaiting(page, picker)).toBe(1);
  letTheCodeCome();
  await expect(page.getByText(ui.commitment.saved)).toBeAttached();
  await expect(page.getByText(ui.commitment.chooseOne)).toHaveCount(0);
  expect(await storedCommitment(page)).toBe(text);
});

test("scrolled through with the mouse wheel, the pointer resting, a module page loads no island code", async ({
  page,
}) => {
  const files: string[] = [];
  page.on("request", (request) => files.push(new URL(request.url()).pathname));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(modulePath);
  // The pointer rests in the middle of the text column; the quiz and the rest scroll under it.
  await page.mouse.move(600, 400);
  for (let turn = 0; turn < 40; turn++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(1000);
  expect(files.filter((file) => /\/_astro\/(preact|client|Quiz|ModuleEnd)\./.test(file))).toEqual(
    [],
  );
  // The learner then moves the pointer onto the module's end: it hydrates.
  const toFinish = page.getByRole("heading", { name: ui.moduleEnd.toFinish });
  await toFinish.hover();
  await expect(page.locator("astro-island:not([ssr])", { has: toFinish })).toBeAttached();
});

test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test("a learner who taps an option and Check before the quiz's code has come is answered", async ({
    page,
  }) => {
    await answerBeforeTheCode(page, (target) => target.tap());
  });
});

test("a team activity ticked before its code has come stays ticked as the code comes", async ({
  page,
}) => {
  const letTheCodeCome = await holdBack(page, "TeamActivityTick");
  await page.goto("/modules/routines-that-keep-it-alive/", { waitUntil: "domcontentloaded" });
  const tick = page.getByRole("checkbox", { name: /A weekly customer-story round/ });
  await tick.check();
  expect(await stillWaiting(page, tick)).toBe(1);
  // Every change to the box is watched from now until its code has come and settled: never
  // unticked. The watch is in place before the code may come.
  const watch = await tick.evaluateHandle((box: HTMLInputElement) => {
    const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "checked")!;
    let unticked = 0;
    Object.defineProperty(box, "checked", {
      get: () => own.get!.call(box),
      set: (checked: boolean) => {
        if (!checked) unticked++;
        own.set!.call(box, checked);
      },
    });
    return {
      unticks: new Promise<number>((done) => {
        const hydrated = setInterval(() => {
          if (box.closest("astro-island[ssr]")) return;
          clearInterval(hydrated);
          setTimeout(() => done(unticked), 500);
        }, 10);
      }),
    };
  });
  letTheCodeCome();
  expect(await watch.evaluate((watching) => watching.unticks)).toBe(0);
  await expect(page.getByText(ui.teamActivity.ticked.split("{")[0]!.trim())).toBeVisible();
});
