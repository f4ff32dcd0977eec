import { $progress, updateProgress } from "../stores/progress";
import { applyCheckedImport } from "../stores/transfer";
import { readBack } from "../lib/record/readback";
import { chooseTrack } from "../lib/record/actions";
import { siteHref } from "../lib/site-url";
import type { LmsConnection } from "./connection";
import { trackReport, type TrackPlan, type TrackReport } from "./plan";
import { decodeTrack, encodeTrack } from "./suspend";

/*
 * A package's launch page: the one page the LMS opens. It holds the LMS connection for the
 * whole visit and frames the site, whose pages come and go without ending the session. The
 * site itself knows nothing of the LMS: it writes the learner's record to localStorage as
 * always, and this page, on the same origin, hears each change (the storage event) and reports
 * it. An LMS that is missing, refuses or fails never stops the learner: the site works as
 * usual, the record stays in the browser, and reports are retried.
 */

/** Waits between tries of a failed LMS call: soon at first, then every half minute. */
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
/** How long the site waits for the LMS's saved progress before it opens anyway. */
const START_PATIENCE_MS = 6_000;

type Status = "connecting" | "connected" | "retrying" | "outside" | "finished";

/** What the launch page needs from its HTML: see src/lms/LaunchPage.astro. */
interface ShellElements {
  plan: TrackPlan;
  frame: HTMLIFrameElement;
  status: HTMLElement;
  exit: HTMLButtonElement;
  words: Record<Status, string>;
}

function elements(): ShellElements | undefined {
  const body = document.body;
  const frame = document.querySelector<HTMLIFrameElement>("[data-lms-frame]");
  const status = document.querySelector<HTMLElement>("[data-lms-status]");
  const exit = document.querySelector<HTMLButtonElement>("[data-lms-exit]");
  if (!frame || !status || !exit || !body.dataset["plan"] || !body.dataset["words"]) return;
  return {
    plan: JSON.parse(body.dataset["plan"]) as TrackPlan,
    words: JSON.parse(body.dataset["words"]) as Record<Status, string>,
    frame,
    status,
    exit,
  };
}

/** Run the launch page with the LMS found by `connect` (undefined: none). */
export function startShell(connect: () => LmsConnection | undefined): void {
  const page = elements();
  if (!page) return;
  const { plan, frame, words } = page;
  const show = (status: Status) => {
    page.status.textContent = words[status];
    page.status.dataset["state"] = status;
    page.exit.hidden = status === "outside" || status === "finished";
  };
  let opened = false;
  const openSite = () => {
    if (opened) return;
    opened = true;
    frame.src = siteHref("/");
  };

  // The learner opened this track: the map shows it.
  if ($progress.get().track !== plan.id) {
    updateProgress("choose track (launch)", (progress) => chooseTrack(progress, plan.id));
  }

  let connection: LmsConnection | undefined;
  try {
    connection = connect();
  } catch {
    connection = undefined;
  }
  if (!connection) {
    show("outside");
    openSite();
    return;
  }
  const lms = connection;
  show("connecting");

  let mastery: number | undefined;
  let startSeconds = 0;
  let started = false;
  let finished = false;
  let lastSent = "";
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let sendAgain = false;

  const current = (): { report: TrackReport; saved: string; session: number } => {
    const progress = $progress.get();
    const report = trackReport(progress, plan, mastery);
    return {
      report,
      saved: encodeTrack(progress, plan),
      session: Math.max(0, report.activeSeconds - startSeconds),
    };
  };

  const retryLater = (run: () => void) => {
    clearTimeout(retryTimer);
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
    failures++;
    show("retrying");
    retryTimer = setTimeout(run, wait);
  };

  /** Report where the learner stands, unless the LMS already has exactly that. */
  const reportNow = async () => {
    if (!started || finished) return;
    if (sending) {
      sendAgain = true;
      return;
    }
    const { report, saved, session } = current();
    const key = JSON.stringify([report, saved]);
    if (key === lastSent) return;
    sending = true;
    try {
      await lms.report(report, saved, session);
      lastSent = key;
      failures = 0;
      show("connected");
    } catch (error) {
      console.warn(`${lms.standard}: report failed, will retry`, error);
      retryLater(() => void reportNow());
    } finally {
      sending = false;
    }
    if (sendAgain) {
      sendAgain = false;
      void reportNow();
    }
  };

  const begin = async () => {
    try {
      const start = await lms.start();
      mastery = start.masteryScore;
      const reading = decodeTrack(start.saved);
      if (reading.ok) {
        // The rule an import follows: the better result per module wins, nothing is lost.
        applyCheckedImport(reading.progress, "merge", readBack);
      } else if (start.saved.trim() !== "") {
        console.warn(`${lms.standard}: saved progress set aside: ${reading.reason}`);
      }
      startSeconds = trackReport($progress.get(), plan).activeSeconds;
      started = true;
      failures = 0;
      openSite();
      await reportNow();
    } catch (error) {
      console.warn(`${lms.standard}: could not start, will retry`, error);
      // The learner does not wait for an LMS that is not answering.
      openSite();
      retryLater(() => void begin());
    }
  };

  const finish = async () => {
    if (!started || finished) return;
    finished = true;
    clearTimeout(retryTimer);
    const { report, saved, session } = current();
    try {
      await lms.finish(report, saved, session);
    } catch (error) {
      console.warn(`${lms.standard}: finishing failed`, error);
    }
  };

  $progress.listen(() => void reportNow());
  // The site's frame has the focus while the learner works: its pagehide is not ours.
  addEventListener("pagehide", () => void finish());
  page.exit.addEventListener("click", async () => {
    page.exit.disabled = true;
    await finish();
    show("finished");
    const returnUrl = lms.returnUrl;
    if (returnUrl) location.assign(returnUrl);
  });

  setTimeout(openSite, START_PATIENCE_MS);
  void begin();
}
