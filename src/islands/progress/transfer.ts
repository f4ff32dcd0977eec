import type * as v from "valibot";
import { lang, t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { PROGRESS_VERSION, isPlainObject, type Progress } from "../../lib/record/record";
import { parseWithoutForbiddenKeys } from "../../lib/record/read";
import { check, progressSchema } from "../../lib/record/schema";
import { PROGRESS_FILE_FORMAT } from "../../lib/record/export";
import { migrateForward } from "../../lib/record/migrate";
import { nestsDeeperThan } from "../../lib/json-depth";
import { describePlace, firstDifference, readBack } from "../../lib/record/readback";

/*
 * Reading a progress file on import (lib/record/export.ts writes them). Import is strict where
 * storage is forgiving: a file either passes as a whole or is rejected with a reason in the
 * learner's words (hence here, beside the island, rather than in lib/), and a rejected file
 * changes nothing. The checks themselves are lib/record's: the schema, migration, read-back.
 */

/** Largest file import reads: real exports are a few kilobytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** Deepest nesting import reads: a progress file nests six levels, a few more to spare. */
export const MAX_IMPORT_DEPTH = 32;

/** An import file read and validated, or the reason it was refused. */
export type ImportReading =
  { ok: true; progress: Progress; exportedAt?: string } | { ok: false; reason: string };

const refuse = (reason: string): ImportReading => ({ ok: false, reason });

/** A refusal when a file of `bytes` is too large to be a progress file; undefined if it is not. */
export function checkImportSize(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const size = new Intl.NumberFormat(lang(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
  return fill(t.transfer.tooLarge, { size });
}

/** What a validation issue found wrong, in words. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case "min_value":
    case "max_value":
    case "min_length":
    case "max_length":
      return t.transfer.outOfRange;
    case "check":
      return issue.message;
    case "finite":
      return t.transfer.tooBig;
    case "picklist":
    case "literal":
      // valibot writes the choices as ("a" | "b").
      return fill(t.transfer.oneOf, {
        choices:
          issue.expected?.replace(/^\((.*)\)$/, "$1").replaceAll(" | ", ", ") ?? t.transfer.allowed,
      });
    default:
      return issue.kind === "schema" && issue.expected
        ? fill(t.transfer.expected, { what: issue.expected })
        : t.transfer.notValid;
  }
}

/** Where an issue points, written for people: "modules › intro › status". */
const describePath = (issue: v.BaseIssue<unknown>) =>
  describePlace(issue.path?.map((item) => String(item.key)) ?? []);

const invalidAt = (place: string, what: string, more = "") =>
  refuse(fill(t.transfer.invalidAt, { place, what, more }));

/**
 * Validate the text of an import file. Accepts this site's export files and bare records (such
 * as a backup set aside by the site) of this or an older version; refuses everything else with
 * a reason the learner can act on.
 */
export function parseProgressFile(text: string): ImportReading {
  const tooLarge = checkImportSize(new TextEncoder().encode(text).length);
  if (tooLarge) return refuse(tooLarge);
  if (text.trim() === "") {
    return refuse(t.transfer.empty);
  }
  if (nestsDeeperThan(text, MAX_IMPORT_DEPTH)) {
    return refuse(fill(t.transfer.tooDeep, { depth: MAX_IMPORT_DEPTH }));
  }
  const parsed = parseWithoutForbiddenKeys(text);
  if (!parsed.ok) {
    return refuse(t.transfer.notJson);
  }
  if (parsed.forbidden.length > 0) {
    return refuse(fill(t.transfer.forbidden, { key: parsed.forbidden[0]! }));
  }
  const file = parsed.value;
  if (!isPlainObject(file)) return refuse(t.transfer.notProgress);

  let record: unknown = file;
  let exportedAt: string | undefined;
  if ("format" in file) {
    if (file["format"] !== PROGRESS_FILE_FORMAT) return refuse(t.transfer.notProgress);
    record = file["progress"];
    if (typeof file["exportedAt"] === "string") exportedAt = file["exportedAt"];
  }
  if (!isPlainObject(record) || !("version" in record) || !("modules" in record)) {
    return refuse(t.transfer.notProgress);
  }
  const version = record["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse(fill(t.transfer.badVersion, { version: JSON.stringify(version) }));
  }
  if (version > PROGRESS_VERSION) {
    return refuse(fill(t.transfer.newer, { version, current: PROGRESS_VERSION }));
  }
  const migrated = version < PROGRESS_VERSION ? migrateForward(record, version) : record;
  const result = check(progressSchema, migrated);
  if (!result.success) {
    const [first, ...others] = result.issues;
    const more = others.length === 0 ? "" : fill(t.transfer.andMore, { count: others.length });
    return invalidAt(describePath(first!), describeIssue(first!), more);
  }
  // The schema drops fields it does not know; import names them instead of losing them quietly.
  const unknown = firstDifference(migrated, result.data);
  if (unknown) {
    return invalidAt(describePlace(unknown), t.transfer.unknownField);
  }
  const back = readBack(result.data);
  if (!back.ok) {
    return invalidAt(back.place, t.transfer.noReadBack);
  }
  return { ok: true, progress: back.progress, ...(exportedAt === undefined ? {} : { exportedAt }) };
}
