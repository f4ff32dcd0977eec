import { dismissNotice, type ProgressNotice } from "../../stores/progress";
import { downloadJson } from "./download";
import { t } from "../../i18n/browser/client";
import { pageHref } from "../page-href";

/*
 * The notices themselves: loaded by ProgressNotices only when there is one to show, which on
 * most visits there is not.
 */

/** The words and actions of one notice. */
function NoticeBody({ notice }: { notice: ProgressNotice }) {
  switch (notice.id) {
    case "set-aside":
      return (
        <>
          <p>{notice.copy.reason === "repaired" ? t.notices.repaired : t.notices.unreadable}</p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() =>
              downloadJson(
                notice.copy.text,
                `cx-progress-set-aside-${notice.copy.setAsideAt.slice(0, 10)}.json`,
              )
            }
          >
            {t.notices.downloadSetAside}
          </button>
        </>
      );
    case "newer-version":
      return <p>{t.notices.newer}</p>;
    case "not-kept":
      return (
        <p>
          {notice.reason === "full" ? t.notices.full : t.notices.refused} {t.notices.stillBefore}{" "}
          <a href={pageHref("/progress/")}>{t.notices.exportLink}</a> {t.notices.stillAfter}
        </p>
      );
  }
}

/** Each notice with its words, its actions and a way to dismiss it. */
export function NoticeList({ notices }: { notices: ProgressNotice[] }) {
  return (
    <>
      {notices.map((notice) => (
        <div class="notice progress-notice" key={notice.id} data-notice={notice.id}>
          <NoticeBody notice={notice} />
          <button
            type="button"
            class="button button-secondary"
            aria-label={t.notices.dismissLabel}
            onClick={() => dismissNotice(notice.id)}
          >
            {t.notices.dismiss}
          </button>
        </div>
      ))}
    </>
  );
}
