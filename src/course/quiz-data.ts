import { getCurriculum, type SiteModule } from "./curriculum";
import { getQuiz, type SiteQuiz } from "./quizzes";
import type { ModuleQuizzes, QuizModule, QuizOwn } from "../lib/quiz/page-data";
import { hashedPath, type DataFile } from "./quiz-files";

export { quizDataDir, type DataFile } from "./quiz-files";

/*
 * The files a module page's quizzes fetch when they hydrate (lib/quiz/page-data.ts): one per
 * module page and language with its quizzes' data, written by src/pages/quiz-data/[...file].ts.
 * Their names carry a hash of what they hold, so a browser or the offline worker may keep them
 * for ever, and a page never meets data from another build. Quiz.astro renders each quiz from
 * the same parts (quizModule, quizOwn), so the server's markup is what the browser hydrates.
 */

/** The module's part, which every quiz on its page needs. */
export const quizModule = (module: SiteModule): QuizModule => ({
  moduleId: module.id,
  moduleQuizIds: module.quizIds,
  moduleFilms: module.films,
  passMark: module.data.passMark,
});

/** A quiz's own part. */
export const quizOwn = (quiz: SiteQuiz): QuizOwn => ({
  title: quiz.data.title,
  questions: quiz.data.questions,
  confidence: quiz.data.confidence,
});

const cached = new Map<string, Promise<DataFile | undefined>>();

/** The file of a module page's quizzes in `lang`; undefined for a module without quizzes. */
export function moduleQuizzesFile(module: SiteModule, lang: string): Promise<DataFile | undefined> {
  const key = `${lang}/${module.id}`;
  let file = cached.get(key);
  if (!file) {
    file = (async () => {
      if (module.quizIds.length === 0) return undefined;
      const quizzes: ModuleQuizzes["quizzes"] = {};
      for (const id of module.quizIds) {
        const quiz = await getQuiz(id, lang);
        // getCurriculum has already checked that every embedded quiz exists.
        if (!quiz) throw new Error(`${module.filePath}: quiz "${id}" not found.`);
        quizzes[id] = quizOwn(quiz);
      }
      const json = JSON.stringify({ module: quizModule(module), quizzes } satisfies ModuleQuizzes);
      return { path: hashedPath(`${lang}/${module.id}`, json), json };
    })();
    cached.set(key, file);
  }
  return file;
}

/** Every module's quizzes file in `lang`. */
export async function allModuleQuizzesFiles(lang: string): Promise<DataFile[]> {
  const files = await Promise.all(
    (await getCurriculum(lang)).map((module) => moduleQuizzesFile(module, lang)),
  );
  return files.filter((file) => file !== undefined);
}
