import type { IslandStrings } from "../../i18n/browser/client";
import type { ModuleQuizzes, QuizData } from "../../lib/quiz/page-data";
import { stringsWith } from "../../i18n/browser/page-strings";
import { pageData } from "../page-data";

/*
 * A module page's quizzes come to the browser as files fetched when the first quiz hydrates,
 * not as props in the page's HTML (src/course/quiz-data.ts writes them): its quizzes' data,
 * and the quiz strings every page in the language shares (with the notices': Base.astro names
 * that file). The page names its data in a <meta> as it writes its links: root-absolute, or
 * inside an LMS package relative to the page.
 */

/** The page's quiz files as fetched: nothing when they could not load. */
let loaded: { data?: Partial<ModuleQuizzes>; strings?: IslandStrings } = {};

/**
 * Fetch the page's quiz data, and the language's fetched strings (which every page shares,
 * and which the page may have fetched already: i18n/browser/page-strings.ts), once for all its
 * quizzes. Never rejects: a quiz whose data did not come says so in words (quizOnPage gives
 * undefined), and the rest of the page goes on.
 */
export async function loadPageQuizzes(): Promise<void> {
  try {
    const [data, strings] = await Promise.all([pageData(), stringsWith("quiz")]);
    loaded = { data, strings: strings as IslandStrings };
  } catch (error) {
    console.error(error);
  }
}

/**
 * A quiz of the page, with the strings quizzes show (the page's block holds the others), or
 * undefined if its file did not load or does not hold it (a proxy's error page, a file from
 * another build: the names carry a hash, so a file that holds the quiz is the page's own).
 */
export function quizOnPage(quizId: string): { data: QuizData; strings: IslandStrings } | undefined {
  const { data, strings } = loaded;
  const own = data?.quizzes?.[quizId];
  return data?.module && strings?.quiz && Array.isArray(own?.questions)
    ? { data: { ...data.module, ...own }, strings }
    : undefined;
}
