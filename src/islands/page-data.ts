import type { ModuleQuizzes } from "../lib/quiz/page-data";
import { fetchNamedFile } from "../i18n/browser/page-strings";

/*
 * A module page's data file, which its quizzes (quiz/quiz-data.ts) and its film's player
 * (film/FilmPlayer.tsx) read as they hydrate rather than carry as props in the page's HTML
 * (src/course/quiz-data.ts writes it). The page names it in a <meta> as it writes its links:
 * root-absolute, or inside an LMS package relative to the page.
 */

/** The name of the <meta> in which a module page names its data file. */
export const quizDataMeta = "cx-quiz-data";

let pageFile: Promise<Partial<ModuleQuizzes>> | undefined;

/**
 * The page's data file (quizzes and films), fetched once for every island that reads it;
 * rejects when the page names none or it did not load.
 */
export function pageData(): Promise<Partial<ModuleQuizzes>> {
  pageFile ??= fetchNamedFile(quizDataMeta) as Promise<Partial<ModuleQuizzes>>;
  return pageFile;
}
