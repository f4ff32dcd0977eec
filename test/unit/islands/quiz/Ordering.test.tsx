// @vitest-environment happy-dom
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const steps = ["Listen", "Sum up", "Act", "Follow up"];
const question = {
  id: "steps",
  type: "ordering",
  prompt: "Put the steps in order.",
  items: steps.map((text) => ({ id: text.toLowerCase().replace(" ", "-"), text })),
  feedback: "You cannot act well on what you have not heard and checked.",
};

type Scope = Awaited<ReturnType<typeof group>>;
const shownOrder = (scope: Scope) =>
  scope.getAllByRole("listitem").map((item) => item.querySelector(".ordering-text")!.textContent);

/** Press "Move up" on each item until the list is in the right order. */
function sortWithButtons(scope: Scope) {
  for (const [target, text] of steps.entries()) {
    while (shownOrder(scope).indexOf(text) > target) {
      fireEvent.click(scope.getByRole("button", { name: `Move up: ${text}` }));
    }
  }
}

describe("ordering", () => {
  it("starts from an order that is not the answer", async () => {
    renderQuiz([question]);
    expect(shownOrder(await group("Put the steps"))).not.toEqual(steps);
  });

  it("moves items with buttons, announces each move and keeps focus on the button", async () => {
    renderQuiz([question]);
    const list = await group("Put the steps");
    const before = shownOrder(list);
    const second = before[1]!;
    const moveUp = list.getByRole("button", { name: `Move up: ${second}` });
    moveUp.focus();
    fireEvent.click(moveUp);
    expect(shownOrder(list)[0]).toBe(second);
    expect(list.getByText(`Moved “${second}” to position 1 of 4.`)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(list.getByRole("button", { name: `Move up: ${second}` })),
    );
    fireEvent.click(list.getByRole("button", { name: `Move up: ${second}` }));
    expect(list.getByText(`“${second}” is already first.`)).toBeTruthy();
  });

  it("gives full credit for the right order", async () => {
    renderQuiz([question]);
    const list = await group("Put the steps");
    sortWithButtons(list);
    fireEvent.click(list.getByRole("button", { name: "Check answer" }));
    expect(await list.findByText("✓ Correct.")).toBeTruthy();
    expect(list.getByText(/You cannot act well/)).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["steps"]?.value).toEqual([
      "listen",
      "sum-up",
      "act",
      "follow-up",
    ]);
  });

  it("gives credit for each item in its place, marks the rest and shows the right order", async () => {
    renderQuiz([question]);
    const list = await group("Put the steps");
    sortWithButtons(list);
    fireEvent.click(list.getByRole("button", { name: "Move up: Follow up" }));
    fireEvent.click(list.getByRole("button", { name: "Check answer" }));
    expect(await list.findByText("◐ Partly right (50%).")).toBeTruthy();
    expect(list.getAllByText("In the right place")).toHaveLength(2);
    expect(list.getByText("Belongs at position 4")).toBeTruthy();
    expect(list.getByText("The right order is:")).toBeTruthy();
  });
});
