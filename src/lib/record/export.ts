import type { Progress } from "./record";

/*
 * Writing the learner's record to a file. Apart from reading one (islands/progress/transfer.ts),
 * which needs the full schema and loads only when the learner picks a file.
 */

/** Marks a file as this site's progress export. */
export const PROGRESS_FILE_FORMAT = "cx-learning-map/progress";

/** The JSON text of an export file holding `progress`. */
export function exportProgress(progress: Progress, exportedAt: string): string {
  // Which tabs wrote the record means nothing on another device.
  const { writers: _deviceOnly, ...portable } = progress;
  return `${JSON.stringify({ format: PROGRESS_FILE_FORMAT, exportedAt, progress: portable }, null, 2)}\n`;
}

/** A file name for an export made on `date`, such as cx-progress-2026-11-24.json. */
export function exportFileName(date: Date): string {
  return `cx-progress-${date.toISOString().slice(0, 10)}.json`;
}
