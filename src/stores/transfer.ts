import type { Progress } from "../lib/record/record";
import { mergeProgress } from "../lib/record/merge";
import type { readBack as ReadBack } from "../lib/record/readback";
import { updateProgress } from "./progress";

/**
 * Bring in an imported record, keeping the better result per module or replacing everything.
 * The result is written only if it reads back as it is (see record/readback.ts); otherwise
 * nothing changes and the promise resolves to the place that would not, for the learner.
 */
export async function applyImport(
  imported: Progress,
  mode: "merge" | "replace",
): Promise<string | undefined> {
  // Loaded with the import validator, not with the page: most visits never import.
  const { readBack } = await import("../lib/record/readback");
  return applyCheckedImport(imported, mode, readBack);
}

/** applyImport once the reader is loaded: the change itself, made at once. */
export function applyCheckedImport(
  imported: Progress,
  mode: "merge" | "replace",
  readBack: typeof ReadBack,
): string | undefined {
  let refusedAt: string | undefined;
  updateProgress(`import (${mode})`, (progress) => {
    const back = readBack(mode === "merge" ? mergeProgress(progress, imported) : imported);
    if (back.ok) return back.progress;
    refusedAt = back.place;
    return progress;
  });
  return refusedAt;
}
