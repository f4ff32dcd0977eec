import { expect, test, type Page } from "@playwright/test";
import { emptyProgress } from "../../src/lib/record/record";
import { answersOf, questionGroup, readQuiz, seedProgress } from "./helpers";

/** The home page once the map island has applied the learner's progress. */
async function openMap(page: Page, path = "/") {
  await page.goto(path);
  await page.locator(".learning-map[data-hydrated]").waitFor();
}

/** Start the browser with these modules completed, in the store's own record format. */
async function seedCompleted(page: Page, ids: string[]) {
  const record = emptyProgress();
  for (const id of ids) record.modules[id] = { status: "completed" };
  await seedProgress(page, record);
}

const mapNodes = (page: Page) => page.locator(".map-node");
const mapNode = (page: Page, id: string) => page.locator(`.map-node[data-module="${id}"]`);

/** Module ids in a track, read from its text alternative. */
async function trackModules(page: Page, trackName: string): Promise<string[]> {
  const list = page.getByRole("region", { name: trackName }).locator("[data-module]");
  return list.evaluateAll((items) => items.map((item) => item.getAttribute("data-module")!));
}

test("completing a module changes its node on the map, and the nodes that waited for it", async ({
  page,
}) => {
  await openMap(page);
  const node = mapNode(page, "why-customer-focus");
  await expect(node).toHaveAttribute("data-status", /not-started|waiting/);
  const waiting = page.locator('.map-node[data-prerequisites="why-customer-focus"]');
  const waitingCount = await waiting.count();
  expect(waitingCount).toBeGreaterThan(0);
  for (const other of await waiting.all()) {
    await expect(other).toContainText("Start after Why customer focus");
  }

  await node.getByRole("link").click();
  const quiz = readQuiz("why-customer-focus");
  for (const question of quiz.questions) {
    const group = await questionGroup(page, question.prompt);
    await group.getByRole("radio", { name: answersOf(question).right }).check();
    await group.getByRole("button", { name: "Check answer" }).click();
  }
  await expect(page.getByText(/✓ Passed/)).toBeVisible();

  await page.getByRole("link", { name: "Learning map" }).first().click();
  await page.locator(".learning-map[data-hydrated]").waitFor();
  await expect(node).toHaveAttribute("data-status", "completed");
  await expect(node).toContainText("✓ Completed");
  for (const other of await waiting.all()) {
    await expect(other).toContainText("○ Not started");
  }
});

test("next up is the module to open next, and moves on once it is done", async ({ page }) => {
  await openMap(page);
  const panel = page.getByRole("region", { name: "Next up" });
  const firstOfTrack = (await trackModules(page, "New-hire orientation"))[0]!;
  await expect(panel.getByRole("link")).toHaveAttribute("href", `/modules/${firstOfTrack}/`);
  await expect(mapNode(page, firstOfTrack)).toHaveAttribute("data-next", "next");
  await expect(mapNode(page, firstOfTrack).getByRole("link")).toContainText("Next up");
  await expect(panel).toContainText("0 of");

  await page.evaluate(() => localStorage.clear());
  await seedCompleted(page, [firstOfTrack]);
  await openMap(page);
  await expect(mapNode(page, firstOfTrack)).toHaveAttribute("data-status", "completed");
  await expect(mapNode(page, firstOfTrack)).not.toHaveAttribute("data-next");
  const next = (await panel.getByRole("link").getAttribute("href"))!.split("/")[2]!;
  expect(next).not.toBe(firstOfTrack);
  // The module suggested can be started now: it waits for nothing.
  await expect(mapNode(page, next)).toHaveAttribute("data-status", "not-started");
  await expect(mapNode(page, next)).toHaveAttribute("data-next", "next");
  await expect(panel).toContainText("1 of");
});

test("choosing a track highlights its path, puts it in the address and is remembered", async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole("radio", { name: /Leader development/ }).check();
  await expect(page).toHaveURL(/\?track=leader$/);
  await expect(page.getByRole("status")).toContainText("Showing Leader development");

  const leader = new Set(await trackModules(page, "Leader development"));
  for (const node of await mapNodes(page).all()) {
    const id = (await node.getAttribute("data-module"))!;
    await expect(node).toHaveAttribute("data-in-track", String(leader.has(id)));
    if (leader.has(id)) await expect(node).not.toContainText("not in this track");
    else await expect(node.getByRole("link")).toContainText("not in this track");
  }
  await expect(page.getByRole("region", { name: "Next up" })).toContainText("Leader development:");

  await openMap(page, "/");
  await expect(page.getByRole("radio", { name: /Leader development/ })).toBeChecked();
});

test("a shared link opens the map on its track", async ({ page }) => {
  await openMap(page, "/?track=self-paced");
  await expect(page.getByRole("radio", { name: /Self-paced/ })).toBeChecked();
  await expect(page.getByRole("link", { name: "Self-paced on the learning map" })).toHaveAttribute(
    "href",
    "/?track=self-paced",
  );
  const selfPaced = new Set(await trackModules(page, "Self-paced"));
  const dimmed = await page
    .locator('.map-node[data-in-track="false"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-module")!));
  expect(dimmed.filter((id) => selfPaced.has(id))).toEqual([]);

  // A link naming no track leaves the map on the default one.
  await page.evaluate(() => localStorage.clear());
  await openMap(page, "/?track=nonsense");
  await expect(page.getByRole("radio", { name: /New-hire orientation/ })).toBeChecked();
});

test("the keyboard walks through the map's modules in reading order, with visible focus", async ({
  page,
}) => {
  await openMap(page);
  const ids = await mapNodes(page).evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: node.getAttribute("data-module")!,
      prerequisites: node.getAttribute("data-prerequisites")!.split(" ").filter(Boolean),
    })),
  );
  // Reading order: every module after its prerequisites.
  ids.forEach(({ id, prerequisites }, index) => {
    for (const prerequisite of prerequisites) {
      expect(
        ids.findIndex((node) => node.id === prerequisite),
        `${prerequisite} before ${id}`,
      ).toBeLessThan(index);
    }
  });

  await page.getByRole("region", { name: "Next up" }).getByRole("link").focus();
  for (const { id } of ids) {
    await page.keyboard.press("Tab");
    const link = mapNode(page, id).getByRole("link");
    await expect(link).toBeFocused();
    const outline = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/modules/${ids.at(-2)!.id}/$`));
});

for (const width of [1280, 360]) {
  test(`at ${width} px the map fits the window with no horizontal scrolling`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await openMap(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await testInfo.attach(`map-${width}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });

    const boxes = await mapNodes(page).evaluateAll((nodes) =>
      nodes.map((node) => {
        const { left, right, top, bottom } = node.getBoundingClientRect();
        return { id: node.getAttribute("data-module")!, left, right, top, bottom };
      }),
    );
    for (const box of boxes) {
      expect(box.left, box.id).toBeGreaterThanOrEqual(0);
      expect(box.right, box.id).toBeLessThanOrEqual(width);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // Each box's text fits inside it.
    const spilling = await page
      .locator(".map-node-link")
      .evaluateAll((links) =>
        links
          .filter((link) => link.scrollHeight > link.clientHeight + 1)
          .map((link) => link.textContent),
      );
    expect(spilling).toEqual([]);

    const edges = page.locator(".map-edges");
    if (width === 1280) {
      // Wide enough for the drawn map: arrows shown, one per prerequisite.
      await expect(edges).toBeVisible();
      const prerequisites = await mapNodes(page).evaluateAll((nodes) =>
        nodes.flatMap((node) =>
          node.getAttribute("data-prerequisites")!.split(" ").filter(Boolean),
        ),
      );
      await expect(page.locator(".map-edge")).toHaveCount(prerequisites.length);
    } else {
      // Narrow: a vertical path in reading order, no arrows.
      await expect(edges).toBeHidden();
      boxes.slice(1).forEach((box, index) => expect(box.top).toBeGreaterThan(boxes[index]!.bottom));
    }
  });
}
