// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import TeamActivityTick from "../../../../src/islands/certificate/TeamActivityTick";
import {
  PROGRESS_KEY,
  connectProgressStorage,
  progressSettled,
} from "../../../../src/stores/progress";
import { safeStorage } from "../../../../src/stores/storage";
import { englishStrings } from "../../setup";

let disconnect = () => {};
afterEach(() => {
  disconnect();
  localStorage.clear();
});

describe("the team activity tick", () => {
  it("keeps a tick made while an older record is still being read", async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, modules: { intro: { status: "completed" } }, quizzes: {} }),
    );
    disconnect = connectProgressStorage({ storage: safeStorage(() => localStorage) });
    render(<TeamActivityTick id="huddle" title="Customer huddle" strings={englishStrings} />);
    const box = (await screen.findByRole("checkbox")) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    await progressSettled();
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved.activities?.["huddle"]).toEqual(expect.any(String));
    expect(saved.modules["intro"]).toEqual({ status: "completed" });
    await waitFor(() => expect(box.checked).toBe(true));
  });
});
