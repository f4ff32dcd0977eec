import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import { $progressNotices } from "../../stores/progress";
import type { NoticeList as NoticeListType } from "./ProgressNoticeList";
import { useHydrated } from "../useHydrated";
import { useStrings, type IslandStrings } from "../../i18n/browser/client";
import OfflineNotices from "../offline/OfflineNotices";

/**
 * Short notices about the learner's stored progress: repaired, newer, or not being kept. The
 * live region is always on the page; the notices' code loads the first time there is one.
 */
export default function ProgressNotices({ strings }: { strings: IslandStrings }) {
  useStrings(strings);
  const hydrated = useHydrated();
  const notices = useStore($progressNotices);
  const [NoticeList, setNoticeList] = useState<typeof NoticeListType>();
  const hasNotices = hydrated && notices.length > 0;
  useEffect(() => {
    if (!hasNotices || NoticeList) return;
    void import("./ProgressNoticeList").then((loaded) => setNoticeList(() => loaded.NoticeList));
  }, [hasNotices, NoticeList]);
  return (
    <div class="progress-notices" aria-live="polite" data-pagefind-ignore>
      {hasNotices && NoticeList && <NoticeList notices={notices} />}
      <OfflineNotices />
    </div>
  );
}
