import type * as v from "valibot";
import { PROGRESS_VERSION, isPlainObject, type Progress } from "./record";
import { parseWithoutForbiddenKeys } from "./read";
import { check, progressSchema } from "./schema";
import { PROGRESS_FILE_FORMAT } from "./export";
import { migrateForward } from "./migrate";
import { nestsDeeperThan } from "../json-depth";
import { describePlace, firstDifference, readBack } from "./readback";

/*
 * Reading a progress file on import (export.ts writes them). Import is strict where
 * storage is forgiving: a file either passes as a whole or is rejected with a reason, and a
 * rejected file changes nothing.
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
  const size = (bytes / (1024 * 1024)).toFixed(1);
  return `This file is ${size} MB. A progress file is a few kilobytes and never over 1 MB, so this is probably a different file.`;
}

/** What a validation issue found wrong, in words. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case "min_value":
    case "max_value":
    case "min_length":
    case "max_length":
      return "the value is out of range";
    case "check":
      return issue.message;
    case "finite":
      return "the number is too large to keep";
    case "picklist":
    case "literal":
      // valibot writes the choices as ("a" | "b").
      return `expected one of ${issue.expected?.replace(/^\((.*)\)$/, "$1").replaceAll(" | ", ", ") ?? "the allowed values"}`;
    default:
      return issue.kind === "schema" && issue.expected
        ? `expected ${issue.expected}`
        : "the value is not valid";
  }
}

/** Where an issue points, written for people: "modules › intro › status". */
const describePath = (issue: v.BaseIssue<unknown>) =>
  describePlace(issue.path?.map((item) => String(item.key)) ?? []);

const invalidAt = (place: string, what: string, more = "") =>
  refuse(
    `Part of this file is not valid progress: at ${place}, ${what}${more}. Nothing was imported.`,
  );

/**
 * Validate the text of an import file. Accepts this site's export files and bare records (such
 * as a backup set aside by the site) of this or an older version; refuses everything else with
 * a reason the learner can act on.
 */
export function parseProgressFile(text: string): ImportReading {
  const tooLarge = checkImportSize(new TextEncoder().encode(text).length);
  if (tooLarge) return refuse(tooLarge);
  if (text.trim() === "") {
    return refuse("This file is empty, so it is not a progress file exported from this site.");
  }
  if (nestsDeeperThan(text, MAX_IMPORT_DEPTH)) {
    return refuse(
      `This file nests lists or objects more than ${MAX_IMPORT_DEPTH} levels deep. A progress file nests only a few levels, so this is probably a different file.`,
    );
  }
  const parsed = parseWithoutForbiddenKeys(text);
  if (!parsed.ok) {
    return refuse("This file is not JSON, so it is not a progress file exported from this site.");
  }
  if (parsed.forbidden.length > 0) {
    return refuse(
      `This file contains a key named "${parsed.forbidden[0]}", which progress files never have. It was not imported, to keep this page safe.`,
    );
  }
  const file = parsed.value;
  if (!isPlainObject(file)) return refuse(notProgress);

  let record: unknown = file;
  let exportedAt: string | undefined;
  if ("format" in file) {
    if (file["format"] !== PROGRESS_FILE_FORMAT) return refuse(notProgress);
    record = file["progress"];
    if (typeof file["exportedAt"] === "string") exportedAt = file["exportedAt"];
  }
  if (!isPlainObject(record) || !("version" in record) || !("modules" in record)) {
    return refuse(notProgress);
  }
  const version = record["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse(
      `This file's version is ${JSON.stringify(version)}, which this site cannot read.`,
    );
  }
  if (version > PROGRESS_VERSION) {
    return refuse(
      `This file comes from a newer version of this site (format ${version}; this page reads up to ${PROGRESS_VERSION}). Reload the page to get the newest version, then import it again.`,
    );
  }
  const migrated = version < PROGRESS_VERSION ? migrateForward(record, version) : record;
  const result = check(progressSchema, migrated);
  if (!result.success) {
    const [first, ...others] = result.issues;
    const more = others.length === 0 ? "" : ` (and ${others.length} more)`;
    return invalidAt(describePath(first!), describeIssue(first!), more);
  }
  // The schema drops fields it does not know; import names them instead of losing them quietly.
  const unknown = firstDifference(migrated, result.data);
  if (unknown) {
    return invalidAt(describePlace(unknown), "there is a field that progress files do not have");
  }
  const back = readBack(result.data);
  if (!back.ok) {
    return invalidAt(back.place, "the value would not read back as it is once saved");
  }
  return { ok: true, progress: back.progress, ...(exportedAt === undefined ? {} : { exportedAt }) };
}

const notProgress =
  "This file is not a progress file exported from this site: it does not have the right shape.";
