import type { CollectionEntry } from "astro:content";
import { readCollections } from "./collections";
import type { TeamActivityInfo } from "../lib/certificate";
import {
  readMdx,
  principleNamesIn,
  quizIdsIn,
  teamActivitiesIn,
  type ComponentUse,
  type MdxOutline,
} from "./mdx";
import { findGlossaryProblems, sortGlossary } from "../lib/glossary";
import { relative } from "node:path";
import {
  CurriculumError,
  findCurriculumProblems,
  orderModules,
  type CurriculumModule,
} from "../lib/curriculum";
import { findPrincipleProblems, principleIdsIn } from "../lib/principles";

/** A validated module with its collection entry, for rendering, and the components it uses. */
export type SiteModule = CurriculumModule & {
  entry: CollectionEntry<"modules">;
  components: ComponentUse[];
  /** Its sections and team activities, for the facilitator's run sheet. */
  outline: MdxOutline;
};

let cached: Promise<SiteModule[]> | undefined;

/**
 * Every module, validated as a whole and in reading order. Pages call this instead of
 * the collections so that a broken reference fails the build with a message an author can act on.
 */
export function getCurriculum(): Promise<SiteModule[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteModule[]> {
  const { modules: entries, quizzes, principles, glossary } = await readCollections();
  const unreadable: string[] = [];
  const modules: SiteModule[] = entries.map((entry) => {
    const filePath = relative(process.cwd(), entry.filePath ?? entry.id);
    let components: ComponentUse[] = [];
    let outline: MdxOutline = { headings: [], activities: [] };
    try {
      ({ components, outline } = readMdx(entry.body ?? ""));
    } catch (error) {
      unreadable.push(`${filePath}: the MDX cannot be read: ${(error as Error).message}`);
    }
    return {
      id: entry.id,
      filePath,
      data: entry.data,
      quizIds: quizIdsIn(components),
      entry,
      components,
      outline,
    };
  });
  const problems = [
    ...unreadable,
    ...findCurriculumProblems(modules, new Set(quizzes.map((quiz) => quiz.id))),
    ...findPrincipleProblems(
      [
        ...modules.map((module) => ({
          filePath: module.filePath,
          ids: principleNamesIn(module.components),
        })),
        ...quizzes.map((quiz) => ({
          filePath: relative(process.cwd(), quiz.filePath ?? quiz.id),
          ids: principleIdsIn(JSON.stringify(quiz.data)),
        })),
      ],
      new Set(principles.map((principle) => principle.id)),
    ),
    ...findGlossaryProblems(
      glossary.map((entry) => entry.data),
      modules.map((module) => module.id),
      relative(process.cwd(), glossary[0]?.filePath ?? "content/glossary.yaml"),
    ),
    ...findActivityProblems(modules),
  ];
  if (problems.length > 0) throw new CurriculumError(problems);
  return orderModules(modules);
}

/** Team activities used twice: a tick would count for both. */
function findActivityProblems(modules: readonly SiteModule[]): string[] {
  const seen = new Map<string, string>();
  return modules.flatMap((module) =>
    teamActivitiesIn(module.components).flatMap((activity) => {
      const other = seen.get(activity.id);
      seen.set(activity.id, module.filePath);
      return other
        ? [
            `${module.filePath}: <TeamActivity id="${activity.id}"> is also used in ${other}. Give each team activity its own id.`,
          ]
        : [];
    }),
  );
}

/** Team activities in reading order, with the module that describes each. */
export async function getTeamActivities(): Promise<TeamActivityInfo[]> {
  return (await getCurriculum()).flatMap((module) =>
    teamActivitiesIn(module.components).map((activity) => ({
      ...activity,
      moduleId: module.id,
    })),
  );
}

/** The glossary's terms, alphabetically (checked with the curriculum). */
export async function getGlossary() {
  await getCurriculum();
  return sortGlossary((await readCollections()).glossary.map((entry) => entry.data));
}

/** The organisation's principles, in the file's order. */
export async function getPrinciples() {
  return (await readCollections()).principles;
}
