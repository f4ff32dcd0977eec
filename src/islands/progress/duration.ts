import { lang, t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/*
 * How time spent reads on My progress, in the page's language (the "dashboard" group of the
 * page's strings).
 */

/** A duration in words a learner reads, rounded to whole minutes: "about 12 minutes". */
export function aboutDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return t.dashboard.underAMinute;
  // Units in the page's language from Intl ("5 minutes", "2 heures"), never spelled out here.
  const unit = (unit: "hour" | "minute", unitDisplay: "long" | "short", count: number) =>
    new Intl.NumberFormat(lang(), { style: "unit", unit, unitDisplay }).format(count);
  if (minutes < 60) return fill(t.dashboard.about, { duration: unit("minute", "long", minutes) });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const duration =
    unit("hour", "long", hours) + (rest === 0 ? "" : ` ${unit("minute", "short", rest)}`);
  return fill(t.dashboard.about, { duration });
}
