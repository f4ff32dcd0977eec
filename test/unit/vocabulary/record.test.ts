import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../src/lib/record/record";
import { isCurrentRecord } from "../../../src/lib/record/quick-check";
import { check, progressSchema } from "../../../src/lib/record/schema";
import {
  CHECK_IN_NOTE_MAX_LENGTH,
  COMMITMENT_MAX_LENGTH,
  LEARNER_NAME_MAX_LENGTH,
  REFLECTION_MAX_LENGTH,
  LANGUAGE_KEY,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  SAID_NOT_KEPT_KEY,
  STORAGE_PREFIX,
} from "../../../src/vocabulary/record";
import { TEAM_BACKUP_KEY, TEAM_KEY } from "../../../src/vocabulary/team";

/*
 * The record's limits are declared once (src/vocabulary/record.ts): the full schema and the quick
 * check every page runs must both draw the line exactly there, so a text the learner may type
 * (the UI's maxLength is the same number) is kept, and one character more is turned away.
 */

const at = "2026-11-24T10:00:00.000Z";

/** A record holding one text of `length` characters at the place `put` says. */
const withText = (put: (record: Progress, text: string) => void, length: number) => {
  const record = emptyProgress();
  put(record, "x".repeat(length));
  return record;
};

const places: [string, number, (record: Progress, text: string) => void][] = [
  [
    "a reflection",
    REFLECTION_MAX_LENGTH,
    (r, text) => (r.reflections["q/a"] = { text, updatedAt: at }),
  ],
  ["a certificate name", LEARNER_NAME_MAX_LENGTH, (r, text) => (r.learnerName = text)],
  [
    "a commitment",
    COMMITMENT_MAX_LENGTH,
    (r, text) => (r.commitments = { m: { text, madeAt: at, checkIns: [] } }),
  ],
  [
    "a check-in's note",
    CHECK_IN_NOTE_MAX_LENGTH,
    (r, text) =>
      (r.commitments = {
        m: { text: "t", madeAt: at, checkIns: [{ at, did: "yes", note: text }] },
      }),
  ],
];

describe("the record's limits", () => {
  for (const [what, limit, put] of places) {
    it(`keeps ${what} of ${limit} characters and turns away one more, in both checks`, () => {
      const longest = withText(put, limit);
      const tooLong = withText(put, limit + 1);
      expect(check(progressSchema, longest).success).toBe(true);
      expect(isCurrentRecord(longest)).toBe(true);
      expect(check(progressSchema, tooLong).success).toBe(false);
      expect(isCurrentRecord(tooLong)).toBe(false);
    });
  }
});

describe("the storage keys", () => {
  it("all begin with the site's prefix and are told apart", () => {
    const keys = [
      PROGRESS_KEY,
      PROGRESS_BACKUP_KEY,
      SAID_NOT_KEPT_KEY,
      LANGUAGE_KEY,
      TEAM_KEY,
      TEAM_BACKUP_KEY,
    ];
    for (const key of keys) expect(key.startsWith(`${STORAGE_PREFIX}:`)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
