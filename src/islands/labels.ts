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

// Making a formatter costs far more than using one. A page in the browser makes one or two; the
// build renders a quiz on every module page, so on the server one is kept for each language.
const percentFormats: Record<string, Intl.NumberFormat> = {};
const percentFormat = (language: string) =>
  new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });

/** A share from 0 to 1 as a whole percentage in the page's language: "80%", "80 %". */
export const percent = (share: number): string =>
  (import.meta.env.SSR
    ? (percentFormats[lang()] ??= percentFormat(lang()))
    : percentFormat(lang())
  ).format(share);
