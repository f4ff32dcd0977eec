import { entryOf, type Progress } from "./record";

/*
 * The record's own note of which tab changes it holds: for each tab that wrote it lately, the
 * number of that tab's last change. A tab numbers its changes 1, 2, 3 … and every write it makes
 * carries all of them on top of what it read, so a record always holds a prefix of each tab's
 * changes; "change n is in" is just `n <= writers[tab].seq`. The store uses this to find its
 * changes that a stale tab wrote over, and to apply them again (see src/stores/progress.ts).
 */

/** A tab that has not written for this long is dropped from the record's note. */
const FORGET_WRITER_MS = 24 * 60 * 60 * 1000;
/** The note keeps at most this many tabs, the most recent ones. */
const MOST_WRITERS = 24;

/** The number of `tabId`'s last change that `progress` holds; 0 when it holds none. */
export function savedSeq(progress: Progress, tabId: string): number {
  return entryOf(progress.writers ?? {}, tabId)?.seq ?? 0;
}

/**
 * `progress` noted as holding `tabId`'s changes up to `seq`, written at `nowIso`. Tabs that
 * have been quiet for a day are forgotten: their pages are long closed or have read newer
 * records since, and a tab keeps its changes for minutes, not days.
 */
export function withWriter(
  progress: Progress,
  tabId: string,
  seq: number,
  nowIso: string,
): Progress {
  const now = Date.parse(nowIso);
  const others = Object.entries(progress.writers ?? {})
    .filter(([id, writer]) => id !== tabId && now - Date.parse(writer.at) < FORGET_WRITER_MS)
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, MOST_WRITERS - 1);
  return { ...progress, writers: Object.fromEntries([[tabId, { seq, at: nowIso }], ...others]) };
}

/** A new tab's id: random enough that two tabs of one learner never share one. */
export function newTabId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
}
