import "../../styles/progress.css";
import { dismissNotice, type ProgressNotice } from "../../stores/progress";
import { downloadJson } from "./download";
import { siteHref } from "../../lib/site-url";

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
          <p>
            {notice.copy.reason === "repaired"
              ? "Part of your saved progress could not be read. Everything else is kept, and the original copy is set aside on this device rather than deleted."
              : "Your saved progress could not be read, so this page starts afresh. The original copy is set aside on this device rather than deleted."}
          </p>
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
            Download the set-aside copy
          </button>
        </>
      );
    case "newer-version":
      return (
        <p>
          Your progress was saved by a newer version of this site. This page shows it but will not
          change it, so nothing is lost. Reload the page to get the newest version.
        </p>
      );
    case "not-kept":
      return (
        <p>
          {notice.reason === "full"
            ? "This browser's storage for the site is full, so new progress is not being saved on this device."
            : "This browser is not letting the site store anything, so your progress lasts only until you close this tab."}{" "}
          You can still finish every module, and{" "}
          <a href={siteHref("/progress/")}>export your progress</a> to keep a copy.
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
            aria-label="Dismiss this notice"
            onClick={() => dismissNotice(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}
