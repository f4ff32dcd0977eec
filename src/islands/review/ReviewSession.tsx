import { useStore } from "../useStore";
import { useEffect, useRef, useState } from "preact/hooks";
import { LEARNED_BOX, boxIntervals, type ReviewItem } from "../../lib/review/review";
import { dueReviews, nextReviewDay, type ReviewQuestion } from "../../lib/review/queue";
import { $progress } from "../../stores/progress";
import { answerReview } from "../../stores/review";
import { ScoredQuestionOfType } from "../quiz/ScoredQuestionOfType";
import { loadQuestionTypes } from "../quiz/question-types";
import type { QuestionProps, Response, StoredAnswer } from "../quiz/types";
import { useHydrated } from "../useHydrated";
import { formatDay } from "./dates";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { pageHref } from "../page-href";

// Any scored question may come up for review: the code of those loaded on their own first.
await loadQuestionTypes(["ordering", "matching", "scenario"]);

/** At most this many questions a session: review is a short quiz, not a second course. */
const SESSION_SIZE = 10;

/** A question answered in this session, and where it went in the queue. */
interface Answered {
  answer: StoredAnswer;
  before: ReviewItem | undefined;
  after: ReviewItem;
}

type Loaded = { kind: "loading" } | { kind: "failed" } | { kind: "ready"; keys: string[] };

/** Where an answer sent the question, in words. */
function movement({ before, after }: Answered): string {
  if (after.box === LEARNED_BOX) return t.review.learned;
  const when = formatDay(after.due);
  const from = before?.box ?? 1;
  if (after.box > from) {
    return fill(t.review.movedUp, {
      box: after.box,
      boxes: boxIntervals.length,
      days: boxIntervals[after.box - 1]!,
      date: when,
    });
  }
  if (after.box < from) return fill(t.review.backToOne, { date: when });
  return fill(t.review.stays, { box: after.box, date: when });
}

/**
 * The review page's quiz: questions due today, asked again with the quiz's own components.
 * Each answer moves its question between Leitner boxes; quiz scores are not changed.
 */
export default function ReviewSession({ strings }: { strings: IslandStrings }) {
  useStrings(strings);
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [questions, setQuestions] = useState<Map<string, ReviewQuestion>>(new Map());
  const [answered, setAnswered] = useState<Record<string, Answered>>({});
  const feedbackRefs = useRef<Record<string, HTMLElement | null>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!hydrated) return;
    // The questions are fetched only when something is due: most visits need none of them.
    if (dueReviews($progress.get().review, new Date()).length === 0) {
      setLoaded({ kind: "ready", keys: [] });
      return;
    }
    fetch(pageHref("/review-questions.json"))
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((list: ReviewQuestion[]) => {
        const byKey = new Map(list.map((question) => [question.key, question]));
        setQuestions(byKey);
        const due = dueReviews($progress.get().review, new Date(), new Set(byKey.keys()));
        // The session is fixed when it starts, so answering never reshuffles the page.
        setLoaded({ kind: "ready", keys: due.slice(0, SESSION_SIZE) });
      })
      .catch(() => setLoaded({ kind: "failed" }));
  }, [hydrated]);

  if (!hydrated || loaded.kind === "loading") {
    return <p class="review-status">{t.review.looking}</p>;
  }
  if (loaded.kind === "failed") {
    return (
      <p class="notice" role="alert">
        {t.review.failed}
      </p>
    );
  }

  const keys = loaded.keys;
  const next = nextReviewDay(
    progress.review,
    questions.size > 0 ? new Set(questions.keys()) : undefined,
  );
  if (keys.length === 0) {
    return (
      <div class="review-empty">
        <p>
          <strong>{t.review.nothing}</strong>{" "}
          {next ? fill(t.review.nextOn, { date: formatDay(next) }) : t.review.howItWorks}
        </p>
        <p>
          <a href={pageHref("/")}>{t.review.backToMap}</a>
        </p>
      </div>
    );
  }

  const answer = (key: string, response: Response) => {
    const before = $progress.get().review?.[key];
    const outcome = { correct: response.score >= 1, confidence: response.confidence };
    answerReview(key, outcome);
    const after = $progress.get().review![key]!;
    const stored: StoredAnswer = {
      value: response.value,
      score: response.score,
      correct: response.score >= 1,
      ...(response.confidence ? { confidence: response.confidence } : {}),
      answeredAt: new Date().toISOString(),
    };
    const nextAnswered = { ...answered, [key]: { answer: stored, before, after } };
    setAnswered(nextAnswered);
    const finished = keys.every((each) => nextAnswered[each]);
    requestAnimationFrame(() =>
      (finished ? summaryRef.current : feedbackRefs.current[key])?.focus(),
    );
  };

  const render = (key: string, index: number) => {
    const { quizId, question } = questions.get(key)!;
    const common: Omit<QuestionProps<never>, "question"> = {
      quizId,
      number: index + 1,
      total: keys.length,
      answer: answered[key]?.answer,
      // Past the first attempt, options come shuffled: their position is no clue.
      attempt: 1 + (answered[key]?.before?.box ?? progress.review?.[key]?.box ?? 1),
      askConfidence: question.type !== "scenario",
      onAnswer: (response) => answer(key, response),
      feedbackRef: (element) => {
        feedbackRefs.current[key] = element;
      },
    };
    return <ScoredQuestionOfType {...common} question={question} />;
  };

  const results = keys.flatMap((key) => (answered[key] ? [answered[key]] : []));
  const finished = results.length === keys.length;
  const movedUp = results.filter((each) => each.after.box > (each.before?.box ?? 1)).length;
  const again = results.length - movedUp;

  return (
    <section class="quiz review-session" aria-label={t.review.sessionLabel}>
      <p class="quiz-intro">
        {plural(lang(), t.review.intro, keys.length, { boxes: boxIntervals.length })}
      </p>
      <ol class="quiz-questions">
        {keys.map((key, index) => {
          const { moduleId, moduleTitle } = questions.get(key)!;
          return (
            <li key={key} data-review-key={key}>
              <p class="review-from">
                {t.review.from} <a href={pageHref(`/modules/${moduleId}/`)}>{moduleTitle}</a>
              </p>
              {render(key, index)}
              {answered[key] && <p class="review-moved">{movement(answered[key])}</p>}
            </li>
          );
        })}
      </ol>
      <div class="quiz-result review-summary" role="status" tabIndex={-1} ref={summaryRef}>
        {finished && (
          <p>
            <strong>{t.review.doneToday}</strong> {fill(t.review.summary, { up: movedUp, again })}{" "}
            {next ? fill(t.review.nextReview, { date: formatDay(next) }) : t.review.nothingWaiting}
          </p>
        )}
      </div>
    </section>
  );
}
