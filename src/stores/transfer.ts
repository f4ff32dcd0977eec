import type { Progress } from "../lib/progress";
import { mergeProgress } from "../lib/progress-merge";
import { updateProgress } from "./progress";

/** Bring in an imported record, keeping the better result per module or replacing everything. */
export function applyImport(imported: Progress, mode: "merge" | "replace"): void {
  updateProgress(`import (${mode})`, (progress) =>
    mode === "merge" ? mergeProgress(progress, imported) : imported,
  );
}
