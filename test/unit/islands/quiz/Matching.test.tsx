// @vitest-environment happy-dom
import { fireEvent, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { $progress } from "../../../../src/stores/progress";
import { group, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const question = {
  id: "roles",
  type: "matching",
  prompt: "Match each role with its customer.",
  pairs: [
    {
      id: "agent",
      left: "Support agent",
      right: "The caller",
      feedback: "Agents serve the caller directly.",
    },
    {
      id: "analyst",
      left: "Finance analyst",
      right: "The budget owner",
      feedback: "Analysts serve the colleague who uses their figures.",
    },
    {
      id: "developer",
      left: "Developer",
      right: "The app user",
      feedback: "Developers serve whoever uses what they build.",
    },
  ],
};

type Scope = Awaited<ReturnType<typeof group>>;

/** Pick, for the item on the left, the option with this right-hand text. */
function match(scope: Scope, left: string, right: string) {
  const select = scope.getByRole("combobox", { name: left }) as HTMLSelectElement;
  const value = [...select.options].find((candidate) => candidate.text === right)!.value;
  fireEvent.change(select, { target: { value } });
}

describe("matching", () => {
  it("asks for a match for every item before checking", async () => {
    renderQuiz([question]);
    const roles = await group("Match each role");
    match(roles, "Support agent", "The caller");
    fireEvent.click(roles.getByRole("button", { name: "Check answer" }));
    expect(roles.getByText("Choose a match for every item first.")).toBeTruthy();
  });

  it("gives credit for each right match and explains every pair", async () => {
    renderQuiz([question]);
    const roles = await group("Match each role");
    match(roles, "Support agent", "The caller");
    match(roles, "Finance analyst", "The app user");
    match(roles, "Developer", "The budget owner");
    fireEvent.click(roles.getByRole("button", { name: "Check answer" }));
    expect(await roles.findByText("◐ Partly right (33%).")).toBeTruthy();
    expect(roles.getByText("Right match")).toBeTruthy();
    expect(roles.getAllByText("Not a match, see below")).toHaveLength(2);
    expect(roles.getByText(/Analysts serve the colleague who uses their figures/)).toBeTruthy();
    expect($progress.get().quizzes["practice"]?.answers["roles"]?.value).toMatchObject({
      agent: "agent",
    });
  });

  it("gives full credit when every pair is right", async () => {
    renderQuiz([question]);
    const roles = await group("Match each role");
    for (const pair of question.pairs) match(roles, pair.left, pair.right);
    fireEvent.click(roles.getByRole("button", { name: "Check answer" }));
    expect(await roles.findByText("✓ Correct.")).toBeTruthy();
  });
});

describe("matching by drag", () => {
  it("chooses the answer dropped on an item in its menu, says so, and cancels a drop elsewhere", async () => {
    renderQuiz([question]);
    const roles = await group("Match each role");
    const menu = roles.getByRole("combobox", { name: "Developer" }) as HTMLSelectElement;
    const item = menu.closest("li")!;
    // The answer cards are hidden from screen readers (they have the menus): found by text.
    const card = roles
      .getAllByText("The app user")
      .find((element) => element.tagName === "LI" && !element.querySelector("select"))!;
    // happy-dom lays nothing out: the pointer is "over" whatever this says.
    let under: Element[] = [];
    document.elementsFromPoint = () => under;
    const drag = async (over: Element[]) => {
      fireEvent.pointerDown(card, { button: 0, clientX: 10, clientY: 10 });
      under = over;
      fireEvent.pointerMove(window, { clientX: 10, clientY: 200 });
      expect(card.hasAttribute("data-dragging")).toBe(true);
      await waitFor(() =>
        expect(item.hasAttribute("data-over")).toBe(over.includes(item.firstElementChild!)),
      );
      fireEvent.pointerUp(window, { clientX: 10, clientY: 200 });
    };

    await drag([card, roles.getByText("Support agent")]);
    expect(menu.value).toBe("");
    await drag([card, item.firstElementChild!, item]);
    expect(menu.selectedOptions[0]!.text).toBe("The app user");
    expect(card.hasAttribute("data-dragging")).toBe(false);
    expect(roles.getByText("“Developer” matched with “The app user”.").role).toBe("status");
  });
});
