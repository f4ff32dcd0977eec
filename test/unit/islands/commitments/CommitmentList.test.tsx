// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import CommitmentList from "../../../../src/islands/commitments/CommitmentList";
import { emptyProgress } from "../../../../src/lib/record/record";
import { englishStrings } from "../../setup";
import { seedStoredProgress, useFreshProgress } from "../quiz/setup";

useFreshProgress();

describe("the commitments list", () => {
  it("names a commitment from an unknown module id such as toString by its id, not a function", async () => {
    seedStoredProgress({
      ...emptyProgress(),
      commitments: {
        toString: { text: "Ask before fixing.", madeAt: "2026-11-24T10:00:00Z", checkIns: [] },
      },
    });
    render(<CommitmentList moduleTitles={{ intro: "Intro" }} strings={englishStrings} />);
    const link = await screen.findByRole("link", { name: "toString" });
    expect(link.textContent).toBe("toString");
    expect(document.body.textContent).not.toContain("native code");
  });
});
