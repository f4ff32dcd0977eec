/** Current version of the stored record; older records are migrated by progress-migrate.ts. */
export const PROGRESS_VERSION = 3;
