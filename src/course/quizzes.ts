import type { CollectionEntry } from "astro:content";
import { readCollections } from "./collections";
import { fillPrinciples } from "../lib/principles";

let cached: Promise<CollectionEntry<"quizzes">[]> | undefined;

/** Every quiz with its {principle:id} references filled in from content/principles.yaml. */
export function getQuizzes(): Promise<CollectionEntry<"quizzes">[]> {
  cached ??= (async () => {
    const { quizzes, principles } = await readCollections();
    const names = new Map(principles.map((principle) => [principle.id, principle.data.name]));
    return quizzes.map((quiz) => ({ ...quiz, data: fillPrinciples(quiz.data, names) }));
  })();
  return cached;
}

/** One quiz, filled in like getQuizzes. */
export async function getQuiz(id: string): Promise<CollectionEntry<"quizzes"> | undefined> {
  return (await getQuizzes()).find((quiz) => quiz.id === id);
}
