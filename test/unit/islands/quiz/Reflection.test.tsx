// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../../src/lib/record/record";
import { $progress } from "../../../../src/stores/progress";
import { seedStoredProgress } from "./setup";
import { group, renderQuiz } from "./render";
import { useFreshProgress } from "./setup";

useFreshProgress();

const question = {
  id: "easy",
  type: "reflection",
  prompt: "When did a company make something easy for you?",
  hint: "A line or two is plenty.",
};

describe("reflection", () => {
  it("asks for some words before saving", async () => {
    renderQuiz([question]);
    const reflection = await group("When did a company");
    fireEvent.input(reflection.getByRole("textbox", { name: "Your reflection" }), {
      target: { value: "   " },
    });
    fireEvent.click(reflection.getByRole("button", { name: "Save on this device" }));
    expect(reflection.getByText(/Write a few words first/)).toBeTruthy();
    expect($progress.get().reflections).toEqual({});
  });

  it("keeps the text on this device, shows it back, and completes a quiz with nothing scored", async () => {
    renderQuiz([question]);
    const reflection = await group("When did a company");
    expect(reflection.getByText(/never sent anywhere/)).toBeTruthy();
    const box = reflection.getByRole("textbox", { name: "Your reflection" });
    fireEvent.input(box, { target: { value: "My bank flagged an odd payment." } });
    fireEvent.click(reflection.getByRole("button", { name: "Save on this device" }));

    expect(await reflection.findByText("My bank flagged an odd payment.")).toBeTruthy();
    expect(reflection.getByText(/✓ Saved on this device on/)).toBeTruthy();
    expect($progress.get().reflections["practice/easy"]?.text).toBe(
      "My bank flagged an odd payment.",
    );
    expect(JSON.stringify($progress.get().quizzes)).not.toContain("odd payment");
    expect(screen.getByText("✓ Done.")).toBeTruthy();
    expect($progress.get().modules["start"]?.status).toBe("completed");
  });

  it("shows a saved reflection after mount and lets the learner edit it", async () => {
    seedStoredProgress({
      ...emptyProgress(),
      reflections: {
        "practice/easy": { text: "Written last week.", updatedAt: "2026-11-17T10:00:00Z" },
      },
    });
    renderQuiz([question]);
    const reflection = await group("When did a company");
    expect(await reflection.findByText("Written last week.")).toBeTruthy();
    fireEvent.click(reflection.getByRole("button", { name: "Edit your reflection" }));
    const box = reflection.getByRole("textbox", { name: "Your reflection" }) as HTMLTextAreaElement;
    expect(box.value).toBe("Written last week.");
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.input(box, { target: { value: "Rewritten today." } });
    fireEvent.click(reflection.getByRole("button", { name: "Save on this device" }));
    expect(await reflection.findByText("Rewritten today.")).toBeTruthy();
    expect($progress.get().reflections["practice/easy"]?.text).toBe("Rewritten today.");
  });
});
