import type { ModuleStatus } from "../vocabulary/record";
import { lang, t } from "../i18n/browser/client";

/*
 * How statuses and scores are written for the learner, in one place for the module page, the
 * map, quizzes and My progress, in the page's language. A status has an icon and words, never
 * colour alone.
 */

/** Each status's icon. */
export const statusIcons: Record<ModuleStatus, string> = {
  "not-started": "○",
  "in-progress": "◐",
  completed: "✓",
};

/**
 * A module's status in words, such as "In progress" (the island's strings include `common`).
 * The map's fourth state, a module waiting for its prerequisites, is a sentence of its own
 * (islands/map/StatusLabel.tsx).
 */
export const statusText = (status: ModuleStatus): string =>
  ({
    "not-started": t.common.notStarted,
    "in-progress": t.common.inProgress,
    completed: t.common.completed,
  })[status];

// One formatter a language: making one costs far more than using it (every quiz, at build time).
const percentFormats: Record<string, Intl.NumberFormat> = {};

/** A share from 0 to 1 as a whole percentage in the page's language: "80%", "80 %". */
export const percent = (share: number): string =>
  (percentFormats[lang()] ??= new Intl.NumberFormat(lang(), {
    style: "percent",
    maximumFractionDigits: 0,
  })).format(share);
