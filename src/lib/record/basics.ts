/*
 * What counts as a stored date: the one rule about the stored record that is code rather than a
 * word or a number (those are in src/vocabulary/record.ts). The schema, the quick check and the
 * pages all use it.
 */

export { PROGRESS_VERSION } from "../../vocabulary/record";

/**
 * Whether `text` is a time as this site stores it: an ISO date (YYYY-MM-DD first) that Date can
 * read, on a day that exists. Date.parse alone accepts "2026-02-30" and rolls it into March.
 */
export function isStoredDate(text: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!day || Number.isNaN(Date.parse(text))) return false;
  const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
  const check = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0 to 99 into 1900 to 1999.
  check.setUTCFullYear(year, month - 1, date);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}
