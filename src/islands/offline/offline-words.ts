import { t } from "../../i18n/browser/client";

/*
 * The offline and update notices' words, from the "notices" group of src/i18n/<lang>.ts, which
 * every page gives its notices area. Loaded only with the notices themselves
 * (OfflineNoticeList.tsx), never on a plain visit.
 */
export const offlineWords = {
  get offline() {
    return t.notices.offline;
  },
  get updateReady() {
    return t.notices.updateReady;
  },
  get updatedElsewhere() {
    return t.notices.updatedElsewhere;
  },
  get reload() {
    return t.notices.reloadNow;
  },
  get later() {
    return t.notices.later;
  },
};
