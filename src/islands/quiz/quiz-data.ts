import type { IslandStrings } from "../../i18n/browser/client";
import { quizFrom, type QuizData } from "../../lib/quiz/page-data";
import { fileHref } from "../page-href";

/*
 * A module page's quizzes come to the browser as files fetched when the first quiz hydrates,
 * not as props in the page's HTML (src/course/quiz-data.ts writes them): its quizzes' data,
 * and the quiz strings every page in the language shares. The page names both in a <meta>,
 * root-absolute; fileHref makes them relative inside an LMS package, like the page's links.
 */

/** The name of the <meta> in which a module page lists its quiz files: data, then strings. */
export const quizDataMeta = "cx-quiz-data";

/** What the page's quizzes were given: the parsed files, or nothing when they could not load. */
let loaded: { data: unknown; strings: Partial<IslandStrings> } | undefined;

async function json(path: string): Promise<unknown> {
  const response = await fetch(fileHref(path));
  if (!response.ok) throw new Error(`${response.status} ${path}`);
  return response.json();
}

/**
 * Fetch the page's quiz files, once for all its quizzes. Never rejects: a quiz whose data did
 * not come says so in words (quizOnPage gives undefined), and the rest of the page goes on.
 */
export async function loadPageQuizzes(): Promise<void> {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${quizDataMeta}"]`);
  const [data, strings] = meta?.content.split(" ") ?? [];
  if (!data || !strings) return;
  try {
    const [quizzes, words] = (await Promise.all([json(data), json(strings)])) as [
      unknown,
      Partial<IslandStrings> | null,
    ];
    if (words?.quiz) loaded = { data: quizzes, strings: words };
  } catch (error) {
    console.error(error);
  }
}

/** A quiz of the page, with the strings quizzes show, or undefined if its file did not load. */
export function quizOnPage(quizId: string): { data: QuizData; strings: IslandStrings } | undefined {
  const data = loaded && quizFrom(loaded.data, quizId);
  // The page's own strings block holds the other groups; useStrings adds these to them.
  return data && { data, strings: loaded!.strings as IslandStrings };
}
