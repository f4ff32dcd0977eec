/*
 * The learner's record in words and numbers, declared once: what it may hold (statuses,
 * confidence levels, check-in answers), how long its texts may be, and where a device keeps it.
 * The valibot schema and the quick check (lib/record/), the types, the islands' maxLengths and
 * the tests all read these; none restates them. Plain constants: safe in the browser and at
 * build time alike, and the bottom of the layers (see ARCHITECTURE.md).
 */

import { TRACK_ID_MAX_LENGTH } from "./ids";

/** Current version of the stored record; older records are migrated by lib/record/migrate.ts. */
export const PROGRESS_VERSION = 3;

/** A module's status as stored: it is stored once the learner opens it. */
export const storedStatuses = ["in-progress", "completed"] as const;
/** A module's status as the learner sees it: a module never opened has none stored. */
export const moduleStatuses = ["not-started", ...storedStatuses] as const;
export type StoredStatus = (typeof storedStatuses)[number];
export type ModuleStatus = (typeof moduleStatuses)[number];

/** How sure the learner said they were; "unknown" is an honest "I don't know". */
export const confidenceLevels = ["sure", "unsure", "unknown"] as const;
export type Confidence = (typeof confidenceLevels)[number];

/** What a learner answers when they look back at a commitment: did they do it? */
export const checkInAnswers = ["yes", "partly", "not-yet"] as const;
export type CheckInAnswer = (typeof checkInAnswers)[number];

/**
 * The longest texts and lists the record keeps (characters, or entries). The fields that take
 * them in the browser use the same numbers as their maxLength, so nothing typed is cut short
 * later without the learner seeing it.
 */
export const recordLimits = {
  /** A stored time: toISOString writes 24 characters; a day alone is 10. */
  dateMin: 10,
  dateMax: 40,
  /** A track id the record keeps (the course file holds ids to the same length). */
  trackId: TRACK_ID_MAX_LENGTH,
  /** The name a learner types for their certificate. */
  learnerName: 120,
  /** One commitment: a sentence. */
  commitment: 500,
  /** A note on a commitment's check-in. */
  checkInNote: 5_000,
  /** A reflection's text. */
  reflection: 20_000,
  /** Stretches of a film kept as played. */
  filmStretches: 64,
  /** Leitner boxes of the review queue: 1 to 3 wait, the last is learned. */
  reviewBoxes: 4,
} as const;

/** What every name this site keeps on a device begins with. */
export const STORAGE_PREFIX = "cx-learning-map";

const key = <Name extends string>(name: Name) => `${STORAGE_PREFIX}:${name}` as const;

/** Where this site keeps things in localStorage (and sessionStorage, for saidNotKept). */
export const storageKeys = {
  /** The learner's record. */
  progress: key("progress"),
  /** Copies of records that could not be read in full, set aside rather than lost. */
  progressBackup: key("progress-backup"),
  /** sessionStorage: the "progress is not kept" notice was shown this session. */
  saidNotKept: key("said-not-kept"),
  /** A manager's team view (never mixed with the learner's record). */
  team: key("team"),
  /** Copies of team views that could not be read in full. */
  teamBackup: key("team-backup"),
  /** The language the learner picked in the switcher. */
  language: key("language"),
} as const;

/** Web Locks under which tabs take turns to write: one per stored thing, named after its key. */
export const lockNames = { progress: storageKeys.progress, team: storageKeys.team } as const;

/** The IndexedDB database that keeps a copy of a package's record for its LMS. */
export const LMS_MIRROR_DATABASE = `${STORAGE_PREFIX}-lms`;
