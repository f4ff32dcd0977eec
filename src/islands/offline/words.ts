/*
 * Every word the offline notices show, in one place so that a translation touches one file.
 * Loaded only with the notices themselves (OfflineNoticeList.tsx), never on a plain visit.
 */

/** The offline and update notices' words. */
export const offlineWords = {
  offline:
    "You are offline. The course still works, and your progress is still saved on this device.",
  updateReady:
    "A new version of the course is ready. Reload when it suits you: your progress is saved on this device and carries over.",
  updatedElsewhere:
    "The course was updated in another tab. Reload this page to carry on with the new version: your progress is saved.",
  reload: "Reload now",
  later: "Later",
} as const;
