import type { ModuleStatus } from "../vocabulary/record";
import type { UiStrings } from "../i18n/en";

/*
 * A status's icon and where its words are: shared by the Preact islands (labels.ts) and the
 * module page's plain status script (module/status.ts), which has no Preact and reads its words
 * from the page's block of strings.
 */

/** Each status's icon. */
export const statusIcons: Record<ModuleStatus, string> = {
  "not-started": "○",
  "in-progress": "◐",
  completed: "✓",
};

/** Each status's words, in the `common` group of strings. */
export const statusWords = {
  "not-started": "notStarted",
  "in-progress": "inProgress",
  completed: "completed",
} as const satisfies Record<ModuleStatus, keyof UiStrings["common"]>;
