import { expect, test, type Locator, type Page } from "@playwright/test";
import { accessibilityViolations, questionGroup, readQuestions } from "./helpers";

/*
 * Ordering and matching by drag, with the mouse on a laptop and with a finger on a phone. A
 * finger's drag goes through Chromium's touch input (CDP), so it also shows that dragging a
 * card does not scroll the page. The keyboard runs are in quiz.spec.ts.
 */

const modulePath = "/modules/how-this-course-works/";

const question = (id: string) =>
  readQuestions("how-this-course-works").find((candidate) => candidate.id === id)!;

/**
 * Drags from the centre of one element to the centre of another, in small steps; `held` runs
 * before the card is let go.
 */
type Drag = (from: Locator, to: Locator, held?: () => Promise<void>) => Promise<void>;

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const steps = 8;

function withMouse(page: Page): Drag {
  return async (from, to, held) => {
    const start = await centre(from);
    const end = await centre(to);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps });
    await held?.();
    await page.mouse.up();
  };
}

/** A finger on the screen, through Chromium's touch input. */
async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
}

async function withFinger(page: Page): Promise<Drag> {
  const touch = await finger(page);
  return async (from, to, held) => {
    const start = await centre(from);
    const end = await centre(to);
    await touch("touchStart", [start]);
    for (let step = 1; step <= steps; step++) {
      await touch("touchMove", [
        {
          x: start.x + ((end.x - start.x) * step) / steps,
          y: start.y + ((end.y - start.y) * step) / steps,
        },
      ]);
    }
    await held?.();
    await touch("touchEnd", []);
  };
}

/** A question, hydrated, in the middle of the screen: a finger's drag stays on screen. */
async function centredQuestion(page: Page, prompt: string) {
  const group = await questionGroup(page, prompt);
  await group.evaluate((element) => element.scrollIntoView({ block: "center" }));
  return group;
}

async function checkSure(group: Locator) {
  await group.getByRole("radio", { name: "Sure", exact: true }).check();
  await group.getByRole("button", { name: "Check answer" }).click();
  await expect(group.getByText("✓ Correct.")).toBeVisible();
}

const devices = [
  {
    name: "with the mouse on a laptop, light",
    viewport: { width: 1366, height: 768 },
    touch: false,
    colorScheme: "light",
  },
  {
    name: "with a finger on a phone, dark",
    viewport: { width: 390, height: 844 },
    touch: true,
    colorScheme: "dark",
  },
] as const;

for (const device of devices) {
  test.describe(device.name, () => {
    test.use({
      viewport: device.viewport,
      hasTouch: device.touch,
      isMobile: device.touch,
      colorScheme: device.colorScheme,
    });

    test("a learner drags an ordering question into the right order", async ({ page }) => {
      await page.goto(modulePath);
      const drag = device.touch ? await withFinger(page) : withMouse(page);
      const ordering = question("module-order");
      const group = await centredQuestion(page, ordering.prompt);
      const cards = group.getByRole("list").first().getByRole("listitem");
      const scrolled = await page.evaluate(() => scrollY);

      // Fill the list from the top: drag the card that belongs next onto that place.
      for (const [place, item] of ordering.items!.entries()) {
        if ((await cards.nth(place).textContent())?.includes(item.text)) continue;
        const card = cards.filter({ hasText: item.text });
        await drag(card.getByTitle("Drag to move"), cards.nth(place));
        await expect(cards.nth(place)).toContainText(item.text);
        await expect(group.getByRole("status").first()).toHaveText(
          `Moved “${item.text}” to position ${place + 1} of ${ordering.items!.length}.`,
        );
      }
      for (const [place, item] of ordering.items!.entries()) {
        await expect(cards.nth(place)).toContainText(item.text);
      }
      // The grip takes the finger: the page stayed where it was.
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      await checkSure(group);
    });

    test("a learner drags each answer of a matching question onto its item", async ({ page }) => {
      await page.goto(modulePath);
      const drag = device.touch ? await withFinger(page) : withMouse(page);
      const matching = question("tracks");
      const group = await centredQuestion(page, matching.prompt);
      const scrolled = await page.evaluate(() => scrollY);
      for (const pair of matching.pairs!) {
        const menu = group.getByRole("combobox", { name: pair.left });
        const item = group
          .getByRole("listitem")
          .filter({ has: page.getByRole("combobox", { name: pair.left }) });
        // The cards to drag are hidden from screen readers, which have the menus: found by text.
        const card = group
          .locator("li", { hasText: pair.right })
          .filter({ hasNot: page.getByRole("combobox") });
        await drag(card, item);
        await expect(menu.locator("option:checked")).toHaveText(pair.right);
        await expect(group.getByRole("status").first()).toHaveText(
          `“${pair.left}” matched with “${pair.right}”.`,
        );
      }
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      await checkSure(group);
    });

    test("mid-drag, the lifted answer and the item it is over pass axe", async ({ page }) => {
      // Axe reads the whole module page: several seconds on a busy machine.
      test.slow();
      await page.goto(modulePath);
      const drag = device.touch ? await withFinger(page) : withMouse(page);
      const [pair] = question("tracks").pairs!;
      const group = await centredQuestion(page, question("tracks").prompt);
      const item = group
        .getByRole("listitem")
        .filter({ has: page.getByRole("combobox", { name: pair!.left }) });
      const card = group
        .locator("li", { hasText: pair!.right })
        .filter({ hasNot: page.getByRole("combobox") });
      await drag(card, item, async () => {
        await expect(item).toHaveAttribute("data-over");
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  });
}

test.describe("a drag called off or taken past the screen", () => {
  test("Escape puts a lifted card and those it passed back where they were", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(modulePath);
    const ordering = question("module-order");
    const group = await centredQuestion(page, ordering.prompt);
    const cards = group.getByRole("list").first().getByRole("listitem");
    const before = await cards.allTextContents();
    const lifted = ordering.items!.find((item) => before[0]!.includes(item.text))!.text;
    const start = await centre(cards.first().getByTitle("Drag to move"));
    const end = await centre(cards.last());
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // Past the last card's middle: that is where a card goes last.
    await page.mouse.move(end.x, end.y + 10, { steps });
    // Mid-drag, the card has taken the place it is over.
    await expect(cards.last()).toContainText(lifted);
    await page.keyboard.press("Escape");
    await expect.poll(() => cards.allTextContents()).toEqual(before);
    // Letting go afterwards drops nothing.
    await page.mouse.up();
    expect(await cards.allTextContents()).toEqual(before);
    await expect(group.getByRole("status").first()).not.toContainText("Moved");
  });

  test("a card held at the foot of a phone's screen scrolls the page as far as its question goes", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(modulePath);
    const touch = await finger(page);
    const ordering = question("module-order");
    const group = await questionGroup(page, ordering.prompt);
    const cards = group.getByRole("list").first().getByRole("listitem");
    // The question's foot 200 px below the screen's, its cards on screen.
    const questionFoot = () => group.evaluate((element) => element.getBoundingClientRect().bottom);
    const below = (await questionFoot()) - 844 - 200;
    await page.evaluate((by) => scrollBy({ top: by, behavior: "instant" }), below);
    expect(await questionFoot()).toBeGreaterThan(844);
    await expect(cards.first()).toBeInViewport();
    const first = (await cards.first().textContent())!;
    const lifted = ordering.items!.find((item) => first.includes(item.text))!.text;
    const start = await centre(cards.first().getByTitle("Drag to move"));
    const scrolled = await page.evaluate(() => scrollY);
    await touch("touchStart", [start]);
    const foot = { x: start.x, y: 844 - 8 };
    for (let step = 1; step <= steps; step++) {
      await touch("touchMove", [{ x: start.x, y: start.y + ((foot.y - start.y) * step) / steps }]);
    }
    // Held still at the foot of the screen, the page scrolls until the question's foot shows,
    // and no further: past it there is nowhere for the card to go.
    await expect.poll(questionFoot).toBeLessThanOrEqual(844);
    const stopped = await page.evaluate(() => scrollY);
    expect(stopped).toBeGreaterThan(scrolled);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await page.evaluate(() => scrollY)).toBe(stopped);
    await touch("touchEnd", []);
    await expect(cards.last()).toContainText(lifted);
    await expect(group.getByRole("status").first()).toHaveText(
      `Moved “${lifted}” to position ${ordering.items!.length} of ${ordering.items!.length}.`,
    );
    await context.close();
  });
});
