import { idPattern } from "../../vocabulary/ids";
import { visibleName } from "../record/learner";
import { isStoredDate } from "../record/basics";
import { parseCompletionCode } from "../completion-code";
import { SUMMARY_LIMITS, SUMMARY_VERSION, type SharedModule, type TeamSummary } from "./format";

/*
 * A summary as the team page accepts it. Objects must have exactly the fields this version
 * knows: anything else is refused, so nothing can ride along in a summary into the manager's
 * table.
 *
 * Written out rather than as a valibot schema: valibot is the learner's record reader's, and
 * sharing it with this page split it into a file of its own, whose name every page's shared
 * runtime then had to carry in its preload list (astro.config.mjs). These checks cost less than
 * that name.
 */

/** Where a value is wrong, and how: "modules.2.score: a whole number from 0 to 100". */
export class SummaryProblem extends Error {}

/** Where a value sits in a summary or a team, as keys. */
export type Path = (string | number)[];
const fail = (path: Path, message: string): never => {
  throw new SummaryProblem(`${path.join(".") || "summary"}: ${message}`);
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `value` as an object with only the `required` and `optional` fields. */
export function fields(
  value: unknown,
  path: Path,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (!isObject(value)) return fail(path, "not an object");
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) fail([...path, key], "not a field");
  }
  for (const key of required) if (!Object.hasOwn(value, key)) fail([...path, key], "missing");
  return value;
}

/** `value` as a list of at most `max` entries. */
export function list(value: unknown, path: Path, max: number): unknown[] {
  if (!Array.isArray(value)) return fail(path, "not a list");
  if (value.length > max) fail(path, `more than ${max} entries`);
  return value;
}

/** `value` as text of at most `max` characters. */
export function text(value: unknown, path: Path, max: number): string {
  if (typeof value !== "string") return fail(path, "not text");
  if (value.length > max) fail(path, `longer than ${max} characters`);
  return value;
}

function whole(value: unknown, path: Path, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    return fail(path, `not a whole number from 0 to ${max}`);
  }
  return value;
}

function id(value: unknown, path: Path): string {
  if (!idPattern.test(text(value, path, 80))) fail(path, "not an id");
  return value as string;
}

const COUNT_MAX = 1_000_000;

/** A stored time, as toISOString writes it, on a day that exists. */
export function storedTime(value: unknown, path: Path): string {
  if (!isStoredDate(text(value, path, 40))) fail(path, "not a date");
  return value as string;
}

function sharedModule(value: unknown, path: Path): SharedModule {
  const entry = fields(value, path, ["id", "status"], ["day", "score"]);
  if (entry["status"] !== "started" && entry["status"] !== "done") {
    fail([...path, "status"], "neither started nor done");
  }
  const module: SharedModule = {
    id: id(entry["id"], [...path, "id"]),
    status: entry["status"] as SharedModule["status"],
  };
  if (entry["day"] !== undefined) {
    const day = text(entry["day"], [...path, "day"], 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isStoredDate(day)) fail([...path, "day"], "not a day");
    module.day = day;
  }
  if (entry["score"] !== undefined) module.score = whole(entry["score"], [...path, "score"], 100);
  return module;
}

/** `value` as a summary of this version; throws a SummaryProblem naming the first place wrong. */
export function checkTeamSummary(value: unknown, path: Path = []): TeamSummary {
  const summary = fields(value, path, [
    "version",
    "name",
    "madeAt",
    "modules",
    "certificates",
    "review",
    "commitments",
  ]);
  if (summary["version"] !== SUMMARY_VERSION) fail([...path, "version"], `not ${SUMMARY_VERSION}`);
  const name = text(summary["name"], [...path, "name"], SUMMARY_LIMITS.name);
  if (visibleName(name) === "") fail([...path, "name"], "no name");
  const modules = list(summary["modules"], [...path, "modules"], SUMMARY_LIMITS.modules).map(
    (entry, index) => sharedModule(entry, [...path, "modules", index]),
  );
  if (new Set(modules.map((module) => module.id)).size !== modules.length) {
    fail([...path, "modules"], "a module is listed twice");
  }
  const certificates = list(
    summary["certificates"],
    [...path, "certificates"],
    SUMMARY_LIMITS.certificates,
  ).map((entry, index) => {
    const where = [...path, "certificates", index];
    const certificate = fields(entry, where, ["track", "code"]);
    const code = text(certificate["code"], [...where, "code"], 30);
    if (!parseCompletionCode(code).ok)
      fail([...where, "code"], "not a well-formed completion code");
    return { track: id(certificate["track"], [...where, "track"]), code };
  });
  const review = fields(summary["review"], [...path, "review"], ["learned", "waiting", "due"]);
  const commitments = fields(
    summary["commitments"],
    [...path, "commitments"],
    ["made", "checkIns"],
  );
  return {
    version: SUMMARY_VERSION,
    name,
    madeAt: storedTime(summary["madeAt"], [...path, "madeAt"]),
    modules,
    certificates,
    review: {
      learned: whole(review["learned"], [...path, "review", "learned"], COUNT_MAX),
      waiting: whole(review["waiting"], [...path, "review", "waiting"], COUNT_MAX),
      due: whole(review["due"], [...path, "review", "due"], COUNT_MAX),
    },
    commitments: {
      made: whole(commitments["made"], [...path, "commitments", "made"], COUNT_MAX),
      checkIns: whole(commitments["checkIns"], [...path, "commitments", "checkIns"], COUNT_MAX),
    },
  };
}
