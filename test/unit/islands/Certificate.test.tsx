// @vitest-environment happy-dom
import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import Certificate from "../../../src/islands/certificate/Certificate";
import type { CertificateTrack } from "../../../src/lib/certificate";
import { emptyProgress } from "../../../src/lib/record/record";
import { $progress } from "../../../src/stores/progress";
import { useFreshProgress } from "./quiz/setup";
import { englishStrings } from "../setup";

useFreshProgress();

const track: CertificateTrack = {
  id: "leader",
  name: "Leader development",
  title: "Leader development",
  modules: [{ id: "routines", title: "Routines that keep it alive" }],
  activities: [],
};

const completedBy = (learnerName: string) =>
  $progress.set({
    ...emptyProgress(),
    modules: { routines: { status: "completed", completedAt: "2026-11-24T10:00:00.000Z" } },
    learnerName,
  });

describe("the certificate", () => {
  it("asks for a name when the stored one has only zero-width spaces", async () => {
    completedBy("\u200B\u200B\u200B");
    render(<Certificate track={track} strings={englishStrings} />);
    expect(await screen.findByText("(type your name above)")).toBeTruthy();
  });

  it("shows a name without the invisible characters around it", async () => {
    completedBy("\u200BAna Ruiz\u200B");
    render(<Certificate track={track} strings={englishStrings} />);
    const name = await screen.findByText(/Ana Ruiz/);
    expect(name.textContent).toBe("Ana Ruiz");
  });
});
