import type { ModuleQuizzes } from "../lib/quiz/page-data";

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
  pageFile ??= (async () => {
    const meta = document.querySelector<HTMLMetaElement>(`meta[name="${quizDataMeta}"]`);
    const [path] = meta?.content.split(" ") ?? [];
    if (!path) throw new Error(`No <meta name="${quizDataMeta}"> on this page`);
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    return response.json();
  })();
  return pageFile;
}
