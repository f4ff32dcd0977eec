import * as v from "valibot";
import { idPattern } from "../ids";
import { visibleName } from "../learner-actions";
import { isoDate } from "../record/schema";
import { parseCompletionCode } from "../completion-code";
import { SUMMARY_LIMITS, SUMMARY_VERSION } from "./format";

/*
 * A summary as the team page accepts it. Strict objects: a field this version does not know is
 * refused, so nothing can ride along in a summary and land in the manager's table.
 */

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const calendarDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((day) => !Number.isNaN(Date.parse(day)), "the day is not a real date"),
);
const id = v.pipe(v.string(), v.maxLength(80), v.regex(idPattern));

/** One module started or done. */
const sharedModuleSchema = v.strictObject({
  id,
  status: v.picklist(["started", "done"]),
  day: v.optional(calendarDay),
  score: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
});

/** A summary of the current version. */
export const teamSummarySchema = v.strictObject({
  version: v.literal(SUMMARY_VERSION),
  name: v.pipe(
    v.string(),
    v.maxLength(SUMMARY_LIMITS.name),
    v.check((name) => visibleName(name) !== "", "the summary has no name"),
  ),
  madeAt: isoDate,
  modules: v.pipe(
    v.array(sharedModuleSchema),
    v.maxLength(SUMMARY_LIMITS.modules),
    v.check(
      (modules) => new Set(modules.map((module) => module.id)).size === modules.length,
      "a module is listed twice",
    ),
  ),
  certificates: v.pipe(
    v.array(
      v.strictObject({
        track: id,
        code: v.pipe(
          v.string(),
          v.maxLength(30),
          v.check((code) => parseCompletionCode(code).ok, "a completion code is not well formed"),
        ),
      }),
    ),
    v.maxLength(SUMMARY_LIMITS.certificates),
  ),
  review: v.strictObject({ learned: count, waiting: count, due: count }),
  commitments: v.strictObject({ made: count, checkIns: count }),
});
