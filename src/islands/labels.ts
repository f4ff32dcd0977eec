import type { ModuleStatus } from "../vocabulary/record";
import { lang, t } from "../i18n/browser/client";
import { statusIcons, statusWords } from "./status-words";

/*
 * How statuses and scores are written for the learner, in one place for the module page, the
 * map, quizzes and My progress, in the page's language. A status has an icon and words, never
 * colour alone.
 */

export { statusIcons };

/**
 * A module's status in words, such as "In progress" (the island's strings include `common`).
 * The map's fourth state, a module waiting for its prerequisites, is a sentence of its own
 * (islands/map/StatusLabel.tsx).
 */
export const statusText = (status: ModuleStatus): string => t.common[statusWords[status]];

/** A share from 0 to 1 as a whole percentage in the page's language: "80%", "80 %". */
export function percent(share: number): string {
  return new Intl.NumberFormat(lang(), { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}
