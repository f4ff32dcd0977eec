import { t } from "./client";
import { fill } from "../format";

/*
 * Punctuation that islands add around words is the page language's: English “quotes” and
 * "label: value", French « guillemets » and "label : value" with non-breaking spaces. An island
 * that uses these needs the "punctuation" group; a module of its own so that islands without
 * quotes load none of it.
 */

/** `text` in the page language's quotation marks. */
export const quoted = (text: string): string => fill(t.punctuation.quoted, { text });

/** `label` then `value`, with the page language's colon. */
export const labelled = (label: string, value: string): string =>
  fill(t.punctuation.labelled, { label, value });
