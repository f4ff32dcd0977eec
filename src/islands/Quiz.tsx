import { useStore } from "./useStore";
import { useRef, useState } from "preact/hooks";
import type { Question } from "../schemas/quiz";
import { $progress } from "../stores/progress";
import { questionKey } from "../vocabulary/ids";
import { asksConfidence, isScored } from "../lib/quiz/scored";
import { useHydrated } from "./useHydrated";
import { ScoredQuestionOfType } from "./quiz/ScoredQuestionOfType";
import { feedbackCode } from "./quiz/ScoredQuestion";
import {
  lazyTypes,
  loadQuestionTypes,
  questionComponent,
  typesOnPage,
} from "./quiz/question-types";
import { questionDomId, type QuestionProps, type Response } from "./quiz/types";
import { loadPageQuizzes, quizOnPage } from "./quiz/quiz-data";
import type { QuizData } from "../lib/quiz/page-data";
import { lang, t, useStrings, type IslandStrings } from "../i18n/browser/client";
import { plural } from "../i18n/format";
import { percent } from "./labels";
import { onDemand, useOnDemand } from "./on-demand";
import type { QuizOnPage } from "./quiz/answering";

// Before the quiz can hydrate, the code of the rarer question types its page asks (the build
// renders them all), and in the browser the page's quiz data and strings (quiz/quiz-data.ts).
await Promise.all([
  loadQuestionTypes(import.meta.env.SSR ? lazyTypes : typesOnPage()),
  import.meta.env.SSR ? undefined : loadPageQuizzes(),
]);

/**
 * Answering and the result (./quiz/answering.ts), with the questions' feedback: loaded on the
 * first focus in a quiz.
 */
const answering = onDemand(() =>
  Promise.all([import("./quiz/answering"), feedbackCode.load()]).then(([module]) => module),
);

/** What a quiz renders from: its data, its module's (lib/quiz/page-data.ts) and its strings. */
export type QuizViewProps = QuizData & { quizId: string; strings: IslandStrings };

/** Props the Astro wrapper passes: the quiz's id, and on the server only, what it renders. */
export interface QuizProps {
  quizId: string;
  /**
   * The quiz's data and strings, in a property Astro does not serialise (Quiz.astro): the build
   * renders from them, and the browser fetches the same rather than read them in the page.
   */
  build?: { quiz?: { data: QuizData; strings: IslandStrings } };
}

/** A module page's quiz, or words saying it could not load in place of its questions. */
export default function Quiz({ quizId, build }: QuizProps) {
  const given = build?.quiz ?? quizOnPage(quizId);
  return given ? (
    <QuizView quizId={quizId} {...given.data} strings={given.strings} />
  ) : (
    <QuizUnavailable />
  );
}

function QuizUnavailable() {
  // The page's own block of strings holds these words: they do not depend on what failed.
  useStrings({} as IslandStrings);
  // Hydration keeps the server's elements and attributes where the tags match: the section (and
  // its name) stays, the first paragraph takes these words, the questions go; once mounted, the
  // paragraph becomes an alert.
  const mounted = useHydrated();
  return (
    <section class="quiz">
      <p class={mounted ? "notice" : undefined} role={mounted ? "alert" : undefined}>
        {t.quizLoad.failed}
      </p>
    </section>
  );
}

/**
 * A quiz of any question types, each checked on its own with feedback that explains it. Scored
 * questions count towards the module's pass mark; reflections and self-assessments do not.
 */
export function QuizView(props: QuizViewProps) {
  useStrings(props.strings);
  const { quizId, title, questions, passMark } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const kept = hydrated ? progress.quizzes[quizId] : undefined;
  const sectionRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const feedbackRefs = useRef<Record<string, HTMLElement | null>>({});
  // Asked for on the first focus in the quiz, or at once when there are stored answers; those
  // show once it has come, feedback and result together.
  const [focused, setFocused] = useState(false);
  const code = useOnDemand(answering, focused || kept !== undefined);
  const stored = code && kept;
  const answers = stored?.answers ?? {};
  const Result = code?.QuizResult;

  const scoredIds = questions.filter(isScored).map((question) => question.id);
  const unscoredIds = questions.filter((q) => !isScored(q)).map((question) => question.id);
  const finished = scoredIds.length > 0 && scoredIds.every((id) => answers[id]);
  // Seeds shuffles: the attempt the shown answers belong to, so finishing one does not reorder it.
  const attempt = (stored?.attempts ?? 0) + (finished ? 0 : 1);

  // What the learner's actions need to know of the quiz (./quiz/answering.ts does them).
  const quiz: QuizOnPage = {
    event: {
      moduleId: props.moduleId,
      moduleQuizIds: props.moduleQuizIds,
      moduleFilms: props.moduleFilms,
      quizId,
      questionIds: scoredIds,
      unscoredQuestionIds: unscoredIds,
      passMark,
    },
    section: sectionRef,
    result: resultRef,
    feedback: feedbackRefs,
  };
  const answer = (questionId: string, response: Response) =>
    answering.use((code) => code.answer(quiz, questionId, response));
  const reflect = (questionId: string, text: string) =>
    answering.use((code) => code.reflect(quiz, questionId, text));
  const retry = () => answering.use((code) => code.retry(quiz));

  const render = (question: Question, index: number) => {
    const common: Omit<QuestionProps<never>, "question"> = {
      quizId,
      number: index + 1,
      total: questions.length,
      answer: answers[question.id],
      attempt,
      askConfidence: asksConfidence(question, props.confidence ?? false),
      onAnswer: (response) => answer(question.id, response),
      feedbackRef: (element) => {
        feedbackRefs.current[question.id] = element;
      },
    };
    switch (question.type) {
      case "reflection": {
        const Reflection = questionComponent("reflection");
        return (
          <Reflection
            {...common}
            question={question}
            saved={hydrated ? progress.reflections[questionKey(quizId, question.id)] : undefined}
            empathyMap={
              question.layout === "empathy-map" ? questionComponent("empathy-map") : undefined
            }
            onSave={(text) => reflect(question.id, text)}
          />
        );
      }
      case "scale": {
        const Scale = questionComponent("scale");
        return <Scale {...common} question={question} />;
      }
      default:
        return <ScoredQuestionOfType {...common} question={question} />;
    }
  };

  return (
    <section
      class="quiz"
      aria-label={title}
      data-pagefind-ignore
      ref={sectionRef}
      onFocusIn={() => setFocused(true)}
    >
      <QuizIntro questions={questions} scoredCount={scoredIds.length} passMark={passMark} />
      <ol class="quiz-questions">
        {questions.map((question, index) => (
          <li key={question.id}>{render(question, index)}</li>
        ))}
      </ol>
      <div class="quiz-result" role="status" tabIndex={-1} ref={resultRef}>
        {Result && (
          <Result
            stored={stored}
            answers={answers}
            scoredIds={scoredIds}
            unscoredIds={unscoredIds}
            finished={finished}
            passMark={passMark}
            links={questions.map((question, index) => ({
              id: question.id,
              number: index + 1,
              prompt: question.prompt,
              domId: questionDomId(quizId, question.id),
            }))}
            onRetry={retry}
          />
        )}
      </div>
    </section>
  );
}

function QuizIntro(props: { questions: Question[]; scoredCount: number; passMark: number }) {
  const count = props.questions.length;
  if (props.scoredCount === 0) {
    return <p class="quiz-intro">{plural(lang(), t.quiz.introUnscored, count)}</p>;
  }
  return (
    <p class="quiz-intro">
      {plural(lang(), t.quiz.intro, count, {
        mark: percent(props.passMark),
        ofScored: props.scoredCount < count ? t.quiz.ofScored : "",
      })}
    </p>
  );
}
