import { useStore } from "@nanostores/preact";
import { useEffect, useState } from "preact/hooks";
import { $courseUpdate, $offline, startOfflineSupport } from "./worker";
import type { OfflineNoticeList as NoticeListType } from "./OfflineNoticeList";

/**
 * Says when the learner is offline, and when a new version of the course is ready: inside the
 * notices area (ProgressNotices, an island that hydrates when the page is idle), so starting the
 * service worker keeps every page waiting for nothing. The notices' code loads only when there
 * is one to show.
 */
export default function OfflineNotices() {
  const offline = useStore($offline);
  const update = useStore($courseUpdate);
  const [NoticeList, setNoticeList] = useState<typeof NoticeListType>();
  useEffect(startOfflineSupport, []);
  const hasNotices = offline || update !== undefined;
  useEffect(() => {
    if (!hasNotices || NoticeList) return;
    void import("./OfflineNoticeList").then((loaded) =>
      setNoticeList(() => loaded.OfflineNoticeList),
    );
  }, [hasNotices, NoticeList]);
  return hasNotices && NoticeList ? <NoticeList offline={offline} update={update} /> : null;
}
