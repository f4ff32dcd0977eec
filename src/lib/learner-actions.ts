import type { Progress } from "./record/record";
import { lang, t } from "../i18n/client";
import { fill } from "../i18n/format";

/*
 * Small changes the learner makes on My progress and the certificate page: the name on their
 * certificate and reflections they delete; and how time spent reads. Pure functions; the
 * islands apply them with updateProgress from the store.
 */

/** The most characters a certificate name may have; the record refuses longer text. */
export const NAME_MAX_LENGTH = 120;

/*
 * Characters that show nothing: white space (\s), zero-width and direction marks, word joiners,
 * the byte-order mark and the Hangul and Braille blanks. String.trim() keeps U+200B and most
 * of these, so a name of zero-width spaces looked filled in and printed blank. Variation
 * selectors and emoji tags are left alone: they belong to the emoji before them.
 */
const invisible =
  /[\s\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFEFF\uFFA0]/
    .source;
const invisibleEnds = new RegExp(`^${invisible}+|${invisible}+$`, "g");
const nothingVisible = new RegExp(`^(?:${invisible}|[\\uFE00-\\uFE0F])*$`);

/** A name without invisible characters at its ends; "" when it has no visible character. */
export function visibleName(name: string): string {
  return nothingVisible.test(name) ? "" : name.replace(invisibleEnds, "");
}

/** The record with the learner's name for certificates; a name with nothing visible removes it. */
export function withLearnerName(progress: Progress, name: string): Progress {
  const trimmed = visibleName(name).slice(0, NAME_MAX_LENGTH);
  const next = { ...progress };
  if (trimmed) next.learnerName = trimmed;
  else delete next.learnerName;
  return next;
}

/**
 * The record without one reflection's text. The answer stays, so a module completed with it
 * stays complete; the learner can write a new one.
 */
export function withoutReflection(progress: Progress, key: string): Progress {
  const reflections = { ...progress.reflections };
  delete reflections[key];
  return { ...progress, reflections };
}

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
