import { getCollection } from "astro:content";

/*
 * The only code that reads the content collections. Everything else at build time asks the
 * course's loaders (curriculum.ts, quizzes.ts), which check the content across files first.
 */

let cached: ReturnType<typeof readAll> | undefined;

const readAll = async () => {
  const [modules, quizzes, principles, glossary] = await Promise.all([
    getCollection("modules"),
    getCollection("quizzes"),
    getCollection("principles"),
    getCollection("glossary"),
  ]);
  return { modules, quizzes, principles, glossary };
};

/** Every collection of the course, read once per build. */
export function readCollections(): ReturnType<typeof readAll> {
  cached ??= readAll();
  return cached;
}
