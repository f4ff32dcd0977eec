import { getCurriculum, type SiteModule } from "./curriculum";
import { getQuiz, type SiteQuiz } from "./quizzes";
import type { FilmData, ModuleQuizzes, QuizModule, QuizOwn } from "../lib/quiz/page-data";
import { hashedPath, type DataFile } from "./quiz-files";
import { readFilm, type SiteFilm } from "./films";
import { getCourse } from "./index";

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

/** A film's part, which its player reads as it hydrates (Video.astro renders from the same). */
export const filmData = (film: SiteFilm): FilmData => ({
  descriptions: film.descriptions,
  checkpoints: film.checkpoints,
});

/** The films that play on the module's page (not those on a video platform), by id. */
function moduleFilms(module: SiteModule, lang: string): Record<string, FilmData> {
  const films: Record<string, FilmData> = {};
  for (const use of module.components.filter((each) => each.name === "Video")) {
    // getCurriculum has already reported any problem with the film.
    const { film } = readFilm(use, lang, module.filePath, { media: getCourse().media });
    if (film && !film.platform) films[film.id] = filmData(film);
  }
  return films;
}

const cached = new Map<string, Promise<DataFile | undefined>>();

/** The file of a module page's quizzes and films in `lang`; undefined for a module with neither. */
export function moduleQuizzesFile(module: SiteModule, lang: string): Promise<DataFile | undefined> {
  const key = `${lang}/${module.id}`;
  let file = cached.get(key);
  if (!file) {
    file = (async () => {
      const films = moduleFilms(module, lang);
      if (module.quizIds.length === 0 && Object.keys(films).length === 0) return undefined;
      const quizzes: ModuleQuizzes["quizzes"] = {};
      for (const id of module.quizIds) {
        const quiz = await getQuiz(id, lang);
        // getCurriculum has already checked that every embedded quiz exists.
        if (!quiz) throw new Error(`${module.filePath}: quiz "${id}" not found.`);
        quizzes[id] = quizOwn(quiz);
      }
      const json = JSON.stringify({
        module: quizModule(module),
        quizzes,
        films,
      } satisfies ModuleQuizzes);
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
