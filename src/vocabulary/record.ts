/*
 * The learner's record in words and numbers, declared once: what it may hold (statuses,
 * confidence levels, check-in answers), how long its texts may be, and where a device keeps it.
 * The valibot schema and the quick check (lib/record/), the types, the islands' maxLengths and
 * the tests all read these; none restates them. Plain constants: safe in the browser and at
 * build time alike, and the bottom of the layers (see ARCHITECTURE.md).
 */

/** Current version of the stored record; older records are migrated by lib/record/migrate.ts. */
export const PROGRESS_VERSION = 3;

/** A module's status as stored: it is stored once the learner opens it. */
export const storedStatuses = ["in-progress", "completed"] as const;
/** A module's status as the learner sees it: a module never opened has none stored. */
export const moduleStatuses = ["not-started", "in-progress", "completed"] as const;
export type StoredStatus = (typeof storedStatuses)[number];
export type ModuleStatus = (typeof moduleStatuses)[number];

/** How sure the learner said they were; "unknown" is an honest "I don't know". */
export const confidenceLevels = ["sure", "unsure", "unknown"] as const;
export type Confidence = (typeof confidenceLevels)[number];

/** What a learner answers when they look back at a commitment: did they do it? */
export const checkInAnswers = ["yes", "partly", "not-yet"] as const;
export type CheckInAnswer = (typeof checkInAnswers)[number];

/*
 * The longest texts and lists the record keeps (characters, or entries). The fields that take
 * them in the browser use the same numbers as their maxLength, so nothing typed is cut short
 * later without the learner seeing it. Single constants rather than one object: the bundler
 * writes each in place, so the quick check every page runs costs no more for naming them.
 */

/** A stored time: toISOString writes 24 characters; a day alone is 10. */
export const DATE_MIN_LENGTH = 10;
export const DATE_MAX_LENGTH = 40;
/** A track id the record keeps: the course file holds ids to the same length. */
export { TRACK_ID_MAX_LENGTH } from "./ids";
/** The name a learner types for their certificate. */
export const LEARNER_NAME_MAX_LENGTH = 120;
/** One commitment: a sentence. */
export const COMMITMENT_MAX_LENGTH = 500;
/** A note on a commitment's check-in. */
export const CHECK_IN_NOTE_MAX_LENGTH = 5_000;
/** A reflection's text. */
export const REFLECTION_MAX_LENGTH = 20_000;
/** Stretches of a film kept as played. */
export const FILM_STRETCHES_MAX = 64;
/** Leitner boxes of the review queue: 1 to 3 wait, the last is learned. */
export const REVIEW_BOXES = 4;

/** What every name this site keeps on a device begins with. */
export const STORAGE_PREFIX = "cx-learning-map";

/*
 * Where this site keeps the learner's things in localStorage (and one in sessionStorage), each
 * written out whole so the bundler can put it in place: the runtime every page loads pays
 * nothing for the names. test/unit/vocabulary/record.test.ts holds every key to the prefix.
 */

/** The learner's record. */
export const PROGRESS_KEY = "cx-learning-map:progress";
/** Copies of records that could not be read in full, set aside rather than lost. */
export const PROGRESS_BACKUP_KEY = "cx-learning-map:progress-backup";
/** sessionStorage: the "progress is not kept" notice was shown this session. */
export const SAID_NOT_KEPT_KEY = "cx-learning-map:said-not-kept";
/** The language the learner picked in the switcher. */
export const LANGUAGE_KEY = "cx-learning-map:language";
/** The IndexedDB database that keeps a copy of a package's record for its LMS. */
export const LMS_MIRROR_DATABASE = "cx-learning-map-lms";
