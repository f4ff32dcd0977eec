import { $progress, PROGRESS_KEY } from "../stores/progress";
import { chooseTrack } from "../stores/track";
import { applyCheckedImport } from "../stores/transfer";
import { readBack } from "../lib/record/readback";
import { entryOf, type Progress } from "../lib/record/record";
import { siteHref } from "../lib/site-url";
import { LmsError, type AnswerReport, type LmsConnection, type LmsWrite } from "./connection";
import { trackReport, type TrackPlan } from "./plan";
import { keepMirror, restoreMirror } from "./mirror";
import { decodeTrack, encodeTrack } from "./suspend";

/*
 * A package's launch page: the one page the LMS opens. It holds the LMS connection for the
 * whole visit and frames the site, whose pages come and go without ending the session. The
 * site itself knows nothing of the LMS: it writes the learner's record to localStorage as
 * always, and this page, on the same origin, hears each change (the storage event) and reports
 * it. An LMS that is missing, refuses or fails never stops the learner: the site works as
 * usual, the record stays on the device, and reports are retried.
 *
 * Never worse than the LMS had: saved progress the package cannot read is left as it is (no
 * report is written over it), a finished record is never lowered, and once the session ends
 * the site is closed, so nothing is done that would not be reported.
 */

/** Waits between tries of a failed LMS call: soon at first, then every half minute. */
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
/** How long the site waits for the LMS's saved progress before it opens anyway. */
const START_PATIENCE_MS = 6_000;

type Status =
  "connecting" | "connected" | "retrying" | "outside" | "unreadable" | "review" | "blocked";

/** The launch page's words in one language (src/lms/LaunchPage.astro). */
interface Words extends Record<Status, string> {
  lang: string;
  /** The site's home in this language, root-absolute ("/", "/fr/"). */
  home: string;
  title: string;
  exit: string;
  closedTitle: string;
  closedBody: string;
  heldTitle: string;
  heldBody: string;
  ended: string;
  /** Said when the course reports results per question. */
  answers: string;
}

/** What the launch page needs from its HTML: see src/lms/LaunchPage.astro. */
interface ShellElements {
  plan: TrackPlan;
  frame: HTMLIFrameElement;
  status: HTMLElement;
  exit: HTMLButtonElement;
  title: HTMLElement;
  closed: HTMLElement;
  answers: HTMLElement;
  words: Record<string, Words>;
}

function elements(): ShellElements | undefined {
  const body = document.body;
  const find = <T extends HTMLElement>(selector: string) =>
    document.querySelector<T>(selector) ?? undefined;
  const frame = find<HTMLIFrameElement>("[data-lms-frame]");
  const status = find("[data-lms-status]");
  const exit = find<HTMLButtonElement>("[data-lms-exit]");
  const title = find("[data-lms-title]");
  const closed = find("[data-lms-closed]");
  const answers = find("[data-lms-answers]");
  if (!frame || !status || !exit || !title || !closed || !answers) return;
  if (!body.dataset["plan"] || !body.dataset["words"]) return;
  return {
    plan: JSON.parse(body.dataset["plan"]) as TrackPlan,
    words: JSON.parse(body.dataset["words"]) as Record<string, Words>,
    frame,
    status,
    exit,
    title,
    closed,
    answers,
  };
}

/** The first of `wanted` ("fr-CA", "en") that the package speaks, by its language part. */
export function pickLanguage(wanted: readonly (string | undefined)[], offered: string[]) {
  for (const tag of wanted) {
    const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (base && offered.includes(base)) return base;
  }
  return undefined;
}

/** The scored questions answered since `since` (ms) that are not reported yet. */
function newAnswers(progress: Progress, plan: TrackPlan, since: number, sent: Set<string>) {
  const answers: AnswerReport[] = [];
  for (const question of plan.questions) {
    const answer = entryOf(entryOf(progress.quizzes, question.quizId)?.answers ?? {}, question.id);
    if (!answer || Date.parse(answer.answeredAt) < since) continue;
    const key = `${question.quizId}/${question.id}/${answer.answeredAt}`;
    if (sent.has(key)) continue;
    answers.push({
      quizId: question.quizId,
      questionId: question.id,
      type: question.type,
      correct: answer.correct,
      score: answer.score,
      at: answer.answeredAt,
    });
  }
  return answers;
}

const answerKey = (answer: AnswerReport) => `${answer.quizId}/${answer.questionId}/${answer.at}`;

/** The module the learner visited last, for the LMS's bookmark. */
function lastModule(progress: Progress, plan: TrackPlan): string {
  let best = "";
  let bestAt = "";
  for (const { id } of plan.offered) {
    const at = entryOf(progress.modules, id)?.lastVisit ?? "";
    if (at > bestAt) [best, bestAt] = [id, at];
  }
  return best;
}

/** Run the launch page with the LMS found by `connect` (undefined: none). */
export async function startShell(
  connect: (plan: TrackPlan) => LmsConnection | undefined,
): Promise<void> {
  const page = elements();
  if (!page) return;
  const { plan, frame } = page;
  const offered = Object.keys(page.words);
  let words = page.words[pickLanguage(navigator.languages ?? [], offered) ?? offered[0]!]!;
  let state: Status = "connecting";
  let lmsLanguage: string | undefined;
  /** The LMS answered: Save and exit can now end its session. */
  let started = false;

  const show = (status: Status) => {
    state = status;
    page.status.textContent = words[status];
    page.status.dataset["state"] = status;
    page.exit.hidden = !started || status === "outside";
  };
  const speak = (next: Words) => {
    words = next;
    document.documentElement.lang = words.lang;
    document.title = words.title;
    page.title.textContent = words.title;
    page.exit.textContent = words.exit;
    page.answers.textContent = words.answers;
    // Said plainly, before anything is sent, whenever the course reports results per question.
    page.answers.hidden = plan.questions.length === 0;
    frame.title = words.title;
    show(state);
  };
  let opened = false;
  const openSite = () => {
    if (opened) return;
    opened = true;
    // The LMS's language for the learner wins; otherwise the site's own choice (the
    // learner's earlier pick, then the browser's languages) on its home page.
    const lang = pickLanguage([lmsLanguage], offered);
    if (lang) speak(page.words[lang]!);
    frame.src = siteHref(lang ? page.words[lang]!.home : "/");
  };
  speak(words);

  // What an LMS may clear (Moodle empties localStorage), the package's second copy restores.
  await restoreMirror(PROGRESS_KEY);
  keepMirror(PROGRESS_KEY);

  // The learner opened this track: the map shows it.
  if ($progress.get().track !== plan.id) chooseTrack(plan.id);

  let connection: LmsConnection | undefined;
  try {
    connection = connect(plan);
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
  const launchedAt = Date.now();
  const sentAnswers = new Set<string>();
  /** Nothing is written to the LMS: its record could not be read, or it is a review. */
  let readOnly = false;
  let finished = false;
  let lastSent = "";
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let sendAgain = false;

  const current = (): LmsWrite => {
    const progress = $progress.get();
    const report = trackReport(progress, plan, mastery);
    return {
      report,
      saved: encodeTrack(progress, plan),
      sessionSeconds: Math.max(0, report.activeSeconds - startSeconds),
      location: lastModule(progress, plan),
      answers: newAnswers(progress, plan, launchedAt, sentAnswers),
    };
  };

  /** The session is over: the site goes, and a short page says where the progress is. */
  const close = (reason: "exit" | "ended") => {
    clearTimeout(retryTimer);
    frame.remove();
    page.exit.hidden = true;
    page.status.hidden = true;
    page.answers.hidden = true;
    const heading = document.createElement("h1");
    const body = document.createElement("p");
    heading.textContent = readOnly && state === "unreadable" ? words.heldTitle : words.closedTitle;
    body.textContent = readOnly && state === "unreadable" ? words.heldBody : words.closedBody;
    page.closed.replaceChildren(heading, body);
    if (reason === "ended") {
      const ended = document.createElement("p");
      ended.textContent = words.ended;
      page.closed.prepend(ended);
    }
    page.closed.hidden = false;
    heading.tabIndex = -1;
    heading.focus();
  };

  const failed = (error: unknown, what: string, again: () => void) => {
    if (error instanceof LmsError && error.kind === "ended") {
      finished = true;
      close("ended");
      return;
    }
    if (error instanceof LmsError && error.kind === "blocked") {
      console.warn(`${lms.standard}: ${error.message}`);
      show("blocked");
      openSite();
      return;
    }
    console.warn(`${lms.standard}: ${what} failed, will retry`, error);
    clearTimeout(retryTimer);
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
    failures++;
    show("retrying");
    retryTimer = setTimeout(again, wait);
  };

  /** Report where the learner stands, unless the LMS already has exactly that. */
  const reportNow = async () => {
    if (!started || finished || readOnly) return;
    if (sending) {
      sendAgain = true;
      return;
    }
    const write = current();
    const key = JSON.stringify([write.report, write.saved, write.answers]);
    if (key === lastSent) return;
    sending = true;
    try {
      await lms.report(write);
      lastSent = key;
      for (const answer of write.answers) sentAnswers.add(answerKey(answer));
      failures = 0;
      show("connected");
    } catch (error) {
      failed(error, "report", () => void reportNow());
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
      lmsLanguage = start.language;
      const reading = decodeTrack(start.saved, plan);
      if (reading.ok) {
        // The rule an import follows: the better result per module wins, nothing is lost.
        applyCheckedImport(reading.progress, "merge", readBack);
      } else if (typeof start.saved !== "string" || start.saved.trim() !== "") {
        // Not ours to overwrite: the LMS keeps it as it is, and the learner is told.
        console.warn(`${lms.standard}: saved progress left as it is: ${reading.reason}`);
        readOnly = true;
      }
      if (start.mode === "review") readOnly = true;
      startSeconds = trackReport($progress.get(), plan).activeSeconds;
      started = true;
      failures = 0;
      openSite();
      if (readOnly) show(start.mode === "review" ? "review" : "unreadable");
      else await reportNow();
    } catch (error) {
      // The learner does not wait for an LMS that is not answering.
      openSite();
      failed(error, "start", () => void begin());
    }
  };

  const finish = async () => {
    if (!started || finished) return;
    finished = true;
    clearTimeout(retryTimer);
    try {
      await lms.finish(readOnly ? undefined : current());
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
    const returnUrl = lms.returnUrl;
    if (returnUrl) location.assign(returnUrl);
    else close("exit");
  });

  setTimeout(openSite, START_PATIENCE_MS);
  await begin();
}
