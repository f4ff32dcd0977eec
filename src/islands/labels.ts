import type { MapStatus, ModuleState } from "../lib/next-up";
import type { ModuleStatus } from "../vocabulary/record";
import { lang, t } from "../i18n/client";
import { fill } from "../i18n/format";

/*
 * How statuses and scores are written for the learner, in one place for the module page, the
 * map, quizzes and My progress, in the page's language. A status has an icon and words, never
 * colour alone.
 */

/** Each status's icon; "waiting" is the map's: a module whose prerequisites are not done. */
export const statusIcons: Record<MapStatus, string> = {
  "not-started": "○",
  "in-progress": "◐",
  completed: "✓",
  waiting: "◌",
};

/** Titles joined the way a sentence lists them: "A", "A and B", "A, B and C". */
export function listOfTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} ${t.common.and} ${titles.at(-1)}`;
}

/**
 * A module's status in words, such as "In progress", or on the map "Start after Why customer
 * focus" (the island's strings include `common`, and `map` for a waiting module).
 */
export function statusText(
  state: ModuleStatus | ModuleState,
  titleOf: (id: string) => string = (id) => id,
): string {
  const { status, waitingFor = [] } = typeof state === "string" ? { status: state } : state;
  switch (status) {
    case "waiting":
      return fill(t.map.startAfter, { titles: listOfTitles(waitingFor.map(titleOf)) });
    case "not-started":
      return t.common.notStarted;
    case "in-progress":
      return t.common.inProgress;
    case "completed":
      return t.common.completed;
  }
}

/** A status as icon and words in one string, such as "◐ In progress". */
export const statusLabel = (status: ModuleStatus) => `${statusIcons[status]} ${statusText(status)}`;

/** A share from 0 to 1 as a whole percentage in the page's language: "80%", "80 %". */
export function percent(share: number): string {
  return new Intl.NumberFormat(lang(), { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );
}
