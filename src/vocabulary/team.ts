/*
 * Where a manager's team view is kept on their device: under its own keys, never mixed with
 * their own record. Apart from record.ts so that only the team page carries them; written out
 * whole, as there, and held to STORAGE_PREFIX by test/unit/vocabulary/record.test.ts.
 */

/** The team. */
export const TEAM_KEY = "cx-learning-map:team";
/** A team that could not be read, kept rather than lost. */
export const TEAM_BACKUP_KEY = "cx-learning-map:team-backup";
/** The Web Lock under which tabs take turns to change the team. */
export const TEAM_LOCK = TEAM_KEY;
