import { questionKey } from "../../vocabulary/ids";
import type { Confidence } from "../../vocabulary/record";
import { isPlainObject } from "./record";
import { addDays, localDay, needsReview } from "../review/review";

/*
 * Schema migrations for the stored record. Each step takes the raw object of one version and
 * returns the raw object of the next. Steps run before validation, on data that may be broken,
 * so they must never throw and must keep every field they do not understand.
 */

type RawRecord = Record<string, unknown>;

/** The latest parseable date among strings, as stored; undefined when there is none. */
function latestDate(candidates: unknown[]): string | undefined {
  let latest: string | undefined;
  for (const candidate of candidates) {
    if (typeof candidate !== "string" || Number.isNaN(Date.parse(candidate))) continue;
    if (latest === undefined || Date.parse(candidate) > Date.parse(latest)) latest = candidate;
  }
  return latest;
}

const valuesOf = (value: unknown): unknown[] => (isPlainObject(value) ? Object.values(value) : []);

/** Every date a v1 record holds: visits, completions, answers and reflections. */
function datesInV1(raw: RawRecord): unknown[] {
  const dates: unknown[] = [];
  for (const module of valuesOf(raw["modules"])) {
    if (isPlainObject(module)) dates.push(module["lastVisit"], module["completedAt"]);
  }
  for (const quiz of valuesOf(raw["quizzes"])) {
    if (!isPlainObject(quiz)) continue;
    for (const answer of valuesOf(quiz["answers"])) {
      if (isPlainObject(answer)) dates.push(answer["answeredAt"]);
    }
  }
  for (const reflection of valuesOf(raw["reflections"])) {
    if (isPlainObject(reflection)) dates.push(reflection["updatedAt"]);
  }
  return dates;
}

/**
 * v1 → v2: v2 adds `savedAt`, when the record was last written on this device. A v1 record did
 * not keep it, so the best estimate is the latest thing the learner did.
 */
function v1ToV2(raw: RawRecord): RawRecord {
  const savedAt = latestDate(datesInV1(raw));
  return { ...raw, version: 2, ...(savedAt === undefined ? {} : { savedAt }) };
}

/**
 * v2 → v3: v3 adds the review queue, commitments, team activities, active time and the
 * learner's name, all optional. Answers already given that were wrong, unsure or "I don't know"
 * start the queue in box 1, due the day after they were given.
 */
function v2ToV3(raw: RawRecord): RawRecord {
  const review: RawRecord = {};
  for (const [quizId, quiz] of Object.entries(
    isPlainObject(raw["quizzes"]) ? raw["quizzes"] : {},
  )) {
    if (!isPlainObject(quiz) || !isPlainObject(quiz["answers"])) continue;
    for (const [questionId, answer] of Object.entries(quiz["answers"])) {
      if (!isPlainObject(answer) || typeof answer["correct"] !== "boolean") continue;
      const at = answer["answeredAt"];
      if (typeof at !== "string" || Number.isNaN(Date.parse(at))) continue;
      const confidence = answer["confidence"] as Confidence | undefined;
      if (!needsReview({ correct: answer["correct"], confidence })) continue;
      review[questionKey(quizId, questionId)] = { box: 1, due: addDays(localDay(new Date(at)), 1) };
    }
  }
  const seeded = Object.keys(review).length > 0 && raw["review"] === undefined;
  return { ...raw, version: 3, ...(seeded ? { review } : {}) };
}

/** migrations[n - 1] turns a version n record into version n + 1. */
export const migrations: readonly ((raw: RawRecord) => RawRecord)[] = [v1ToV2, v2ToV3];

/** The raw record brought from `fromVersion` to the latest version, one step at a time. */
export function migrateForward(raw: RawRecord, fromVersion: number): RawRecord {
  let record = raw;
  for (let version = fromVersion; version <= migrations.length; version++) {
    record = migrations[version - 1]!(record);
  }
  return record;
}
