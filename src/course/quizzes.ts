import type { CollectionEntry } from "astro:content";
import { readCollections } from "./collections";
import { getPrinciples } from "./curriculum";
import { inLanguage } from "./translations";
import { fillPrinciples } from "../lib/principles";
import { defaultLocale } from "./locales";

/** A quiz as pages use it, in a language: the translation's, or the English one until then. */
export type SiteQuiz = Pick<CollectionEntry<"quizzes">, "id" | "data"> & {
  /** The language its words are in. */
  language: string;
};

const cached = new Map<string, Promise<SiteQuiz[]>>();

/**
 * Every quiz in `lang` (English where not yet translated), with its {principle:id} references
 * filled in from the principles in that language. Ids are the English quiz's in every language.
 */
export function getQuizzes(lang: string = defaultLocale): Promise<SiteQuiz[]> {
  let quizzes = cached.get(lang);
  if (!quizzes) {
    quizzes = (async () => {
      const { quizzes, translated } = await readCollections();
      const names = new Map(
        (await getPrinciples(lang)).map((principle) => [principle.id, principle.data.name]),
      );
      const own = inLanguage(translated.quizzes, lang);
      const missing = quizzes.filter((quiz) => !own.has(quiz.id)).map((quiz) => quiz.id);
      if (lang !== defaultLocale && missing.length > 0) {
        console.warn(
          `[cx] ${lang}: quizzes not translated yet, shown in English: ${missing.join(", ")}`,
        );
      }
      return quizzes.map((quiz) => {
        const translation = own.get(quiz.id);
        return {
          id: quiz.id,
          data: fillPrinciples((translation ?? quiz).data, names),
          language: translation ? lang : defaultLocale,
        };
      });
    })();
    cached.set(lang, quizzes);
  }
  return quizzes;
}

/** One quiz in `lang`, filled in like getQuizzes. */
export async function getQuiz(
  id: string,
  lang: string = defaultLocale,
): Promise<SiteQuiz | undefined> {
  return (await getQuizzes(lang)).find((quiz) => quiz.id === id);
}
