import { getCollection } from "astro:content";

/*
 * The only code that reads the content collections. Everything else at build time asks the
 * course's loaders (curriculum.ts, quizzes.ts, translations.ts), which check the content across files first.
 */

let cached: ReturnType<typeof readAll> | undefined;

const readAll = async () => {
  const [
    modules,
    quizzes,
    principles,
    glossary,
    translatedModules,
    translatedQuizzes,
    translatedPrinciples,
    translatedGlossary,
  ] = await Promise.all([
    getCollection("modules"),
    getCollection("quizzes"),
    getCollection("principles"),
    getCollection("glossary"),
    getCollection("translatedModules"),
    getCollection("translatedQuizzes"),
    getCollection("translatedPrinciples"),
    getCollection("translatedGlossary"),
  ]);
  return {
    modules,
    quizzes,
    principles,
    glossary,
    /** Translations, their ids "<lang>/<id>" (src/course/translations.ts reads them). */
    translated: {
      modules: translatedModules,
      quizzes: translatedQuizzes,
      principles: translatedPrinciples,
      glossary: translatedGlossary,
    },
  };
};

/** Every collection of the course, read once per build. */
export function readCollections(): ReturnType<typeof readAll> {
  cached ??= readAll();
  return cached;
}
