import { dateLocale } from "../../i18n/browser/client";

// Dates in the page's language, in the browser's variant of it (src/i18n/browser/client.ts, dateLocale).
let dayFormat: Intl.DateTimeFormat | undefined;

/** A calendar day (YYYY-MM-DD) as the learner's browser writes dates: "November 24, 2026". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  // Noon; setFullYear, unlike the Date constructor, keeps the years 0 to 99 as they are.
  const noon = new Date(2000, 0, 1, 12);
  noon.setFullYear(year, month - 1, date);
  // One formatter for every day: toLocaleDateString builds a new one each call, which adds
  // up to tens of milliseconds over a table of checked codes.
  dayFormat ??= new Intl.DateTimeFormat(dateLocale(), {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return dayFormat.format(noon);
}

/** A stored time (ISO) as a date the learner reads. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(dateLocale(), {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}

/** A stored time (ISO) as a short date for tables: "Nov 24, 2026". */
export function formatShortDate(iso: string): string {
  return new Date(iso).toLocaleDateString(dateLocale(), {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}
