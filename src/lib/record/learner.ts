import { LEARNER_NAME_MAX_LENGTH } from "../../vocabulary/record";
import type { Progress } from "./record";

/*
 * Small changes the learner makes on My progress and the certificate page: the name on their
 * certificate and reflections they delete. Pure functions; the islands call them through the
 * store's actions (stores/learner.ts).
 */

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
  const trimmed = visibleName(name).slice(0, LEARNER_NAME_MAX_LENGTH);
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
