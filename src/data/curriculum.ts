import { getCollection, type CollectionEntry } from "astro:content";
import { relative } from "node:path";
import {
  CurriculumError,
  extractQuizIds,
  findCurriculumProblems,
  orderModules,
  type CurriculumModule,
} from "../lib/curriculum";
import { findPrincipleProblems } from "../lib/principles";

/** A validated module with its collection entry, for rendering. */
export type SiteModule = CurriculumModule & { entry: CollectionEntry<"modules"> };

let cached: Promise<SiteModule[]> | undefined;

/**
 * Every module, validated as a whole and in reading order. Pages call this instead of
 * getCollection so that a broken reference fails the build with a message an author can act on.
 */
export function getCurriculum(): Promise<SiteModule[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteModule[]> {
  const [entries, quizzes, principles] = await Promise.all([
    getCollection("modules"),
    getCollection("quizzes"),
    getCollection("principles"),
  ]);
  const modules: SiteModule[] = entries.map((entry) => ({
    id: entry.id,
    filePath: relative(process.cwd(), entry.filePath ?? entry.id),
    data: entry.data,
    quizIds: extractQuizIds(entry.body ?? ""),
    entry,
  }));
  const problems = [
    ...findCurriculumProblems(modules, new Set(quizzes.map((quiz) => quiz.id))),
    ...findPrincipleProblems(
      [
        ...modules.map((module) => ({ filePath: module.filePath, text: module.entry.body ?? "" })),
        ...quizzes.map((quiz) => ({
          filePath: relative(process.cwd(), quiz.filePath ?? quiz.id),
          text: JSON.stringify(quiz.data),
        })),
      ],
      new Set(principles.map((principle) => principle.id)),
    ),
  ];
  if (problems.length > 0) throw new CurriculumError(problems);
  return orderModules(modules);
}
