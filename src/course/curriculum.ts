import type { CollectionEntry } from "astro:content";
import { readFileSync } from "node:fs";
import { readCollections } from "./collections";
import type { TeamActivityInfo } from "../lib/certificate";
import {
  componentsIn,
  contextProblems,
  facilitatorNotesIn,
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
  findTrackProblems,
  orderModules,
  type CurriculumModule,
} from "./curriculum-rules";
import { findPrincipleProblems, principleIdsIn } from "../lib/principles";
import { defaultLocale } from "./locales";
import {
  findRunSheetProblems,
  findTranslationProblems,
  inLanguage,
  splitId,
  type RunSheetWords,
} from "./translations";
import { findPictureProblems } from "./icons";
import { readFilm, requiredFilmsIn } from "./films";
import { contentDir, getCourse } from "./index";

/** A validated module with its collection entry, for rendering, and the components it uses. */
export type SiteModule = CurriculumModule & {
  entry: CollectionEntry<"modules"> | CollectionEntry<"translatedModules">;
  components: ComponentUse[];
  /** Its sections and team activities, for the facilitator's run sheet. */
  outline: MdxOutline;
  /** The language its words are in: the page's, or English where it is not translated yet. */
  language: string;
  /** Films it requires to be watched, with the share of each (<Video watch="90%" />). */
  films: { id: string; share: number }[];
};

let cached: Promise<SiteModule[]> | undefined;
const inLanguages = new Map<string, Promise<SiteModule[]>>();

/**
 * Every module, validated as a whole and in reading order, in `lang` where it is translated and
 * in English where it is not yet. Pages call this instead of the collections so that a broken
 * reference fails the build with a message an author can act on.
 */
export function getCurriculum(lang: string = defaultLocale): Promise<SiteModule[]> {
  cached ??= load();
  if (lang === defaultLocale) return cached;
  let modules = inLanguages.get(lang);
  if (!modules) inLanguages.set(lang, (modules = translate(lang)));
  return modules;
}

/** The English curriculum with each translated module's words and prose in its place. */
async function translate(lang: string): Promise<SiteModule[]> {
  const english = await getCurriculum();
  const own = inLanguage((await readCollections()).translated.modules, lang);
  const missing = english.filter((module) => !own.has(module.id)).map((module) => module.id);
  if (missing.length > 0) {
    console.warn(`[cx] ${lang}: not translated yet, shown in English: ${missing.join(", ")}`);
  }
  return english.map((module) => {
    const entry = own.get(module.id);
    if (!entry) return module;
    return {
      ...module,
      filePath: relative(process.cwd(), entry.filePath ?? entry.id),
      data: {
        ...module.data,
        title: entry.data.title,
        summary: entry.data.summary,
        talkingPoints: entry.data.talkingPoints,
        materials: entry.data.materials,
      },
      entry,
      ...readMdx(entry.body ?? ""),
      language: lang,
    };
  });
}

async function load(): Promise<SiteModule[]> {
  const collections = await readCollections();
  const { modules: entries, quizzes, principles, glossary } = collections;
  const unreadable: string[] = [];
  // The course's everything track holds every module, whether its front matter says so or not.
  const everything = getCourse().everythingTrack;
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
      data:
        everything && !entry.data.tracks.includes(everything)
          ? { ...entry.data, tracks: [...entry.data.tracks, everything] }
          : entry.data,
      quizIds: quizIdsIn(components),
      entry,
      components,
      outline,
      language: defaultLocale,
      films: requiredFilmsIn(components),
    };
  });
  const problems = [
    ...unreadable,
    ...findCurriculumProblems(modules, new Set(quizzes.map((quiz) => quiz.id))),
    ...findTrackProblems(modules),
    ...findPictureProblems(modules, contentDir),
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
    ...translationProblems(modules, collections),
    ...modules.flatMap((module) => filmProblems(module.components, defaultLocale, module.filePath)),
    ...[...modules.map((module) => module.entry), ...collections.translated.modules].flatMap(
      (entry) => {
        try {
          return contextProblems(
            entry.body ?? "",
            relative(process.cwd(), entry.filePath ?? entry.id),
            bodyLine(entry.filePath, entry.body),
          );
        } catch {
          return []; // Unreadable MDX is reported with the reason.
        }
      },
    ),
    ...collections.translated.modules.flatMap((entry) => {
      try {
        return filmProblems(
          componentsIn(entry.body ?? ""),
          splitId(entry.id).lang,
          relative(process.cwd(), entry.filePath ?? entry.id),
        );
      } catch {
        return []; // Reported with the translation's other problems.
      }
    }),
  ];
  if (problems.length > 0) throw new CurriculumError(problems);
  return orderModules(modules);
}

/** The line of its file a module's body starts on, after the front matter; 1 if unknown. */
function bodyLine(filePath: string | undefined, body: string | undefined): number {
  if (!filePath || !body) return 1;
  try {
    const source = readFileSync(filePath, "utf8");
    const at = source.indexOf(body);
    return at < 0 ? 1 : source.slice(0, at).split("\n").length;
  } catch {
    return 1;
  }
}

/** Every translation's problems, in every language, reported with the English curriculum's. */
function translationProblems(
  modules: readonly SiteModule[],
  collections: Awaited<ReturnType<typeof readCollections>>,
): string[] {
  const unreadable: string[] = [];
  const problems = findTranslationProblems(
    collections,
    new Map(modules.map((module) => [module.id, module.quizIds])),
    (entry) => {
      try {
        return quizIdsIn(componentsIn(entry.body ?? ""));
      } catch (error) {
        unreadable.push(`${entry.filePath}: the MDX cannot be read: ${(error as Error).message}`);
        return [];
      }
    },
  );
  problems.push(
    ...findRunSheetProblems(
      modules.map((module): RunSheetWords => ({
        id: module.id,
        filePath: module.filePath,
        talkingPoints: module.data.talkingPoints?.length ?? 0,
        materials: module.data.materials?.length ?? 0,
        notes: facilitatorNotesIn(module.components).length,
      })),
      collections.translated.modules.map((entry): RunSheetWords => {
        let notes = 0;
        try {
          notes = facilitatorNotesIn(componentsIn(entry.body ?? "")).length;
        } catch {
          // Unreadable MDX is reported above, with the reason.
        }
        return {
          id: splitId(entry.id).id,
          filePath: relative(process.cwd(), entry.filePath ?? entry.id),
          talkingPoints: entry.data.talkingPoints?.length ?? 0,
          materials: entry.data.materials?.length ?? 0,
          notes,
        };
      }),
    ),
  );
  const known = new Set(modules.map((module) => module.id));
  const principleIds = new Set(collections.principles.map((principle) => principle.id));
  const byLanguage = Map.groupBy(
    collections.translated.glossary,
    (entry) => splitId(entry.id).lang,
  );
  for (const [, terms] of byLanguage) {
    problems.push(
      ...findGlossaryProblems(
        terms.map((entry) => entry.data),
        [...known],
        relative(process.cwd(), terms[0]?.filePath ?? "glossary.yaml"),
      ),
    );
  }
  for (const entry of collections.translated.principles) {
    if (!principleIds.has(entry.data.id)) {
      problems.push(
        `${relative(process.cwd(), entry.filePath ?? entry.id)}: the principle "${entry.data.id}" is not in content/principles.yaml. A translation uses its original's ids.`,
      );
    }
  }
  return [...unreadable, ...problems];
}

/** Every problem with the films a module's MDX shows, in `lang`. */
function filmProblems(uses: readonly ComponentUse[], lang: string, filePath: string): string[] {
  const settings = { media: getCourse().media };
  return uses
    .filter((use) => use.name === "Video")
    .flatMap((use) => readFilm(use, lang, filePath, settings).problems);
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

/** Team activities in reading order, with the module that describes each, titled in `lang`. */
export async function getTeamActivities(lang: string = defaultLocale): Promise<TeamActivityInfo[]> {
  return (await getCurriculum(lang)).flatMap((module) =>
    teamActivitiesIn(module.components).map((activity) => ({
      ...activity,
      moduleId: module.id,
    })),
  );
}

/** The glossary's terms in `lang`, alphabetically (checked with the curriculum). */
export async function getGlossary(lang: string = defaultLocale) {
  await getCurriculum();
  const { glossary, translated } = await readCollections();
  const own = [...inLanguage(translated.glossary, lang).values()];
  return sortGlossary(
    (own.length > 0 ? own : glossary).map((entry) => entry.data),
    lang,
  );
}

/** The organisation's principles in `lang`, in the English file's order (by id). */
export async function getPrinciples(lang: string = defaultLocale) {
  const { principles, translated } = await readCollections();
  const own = inLanguage(translated.principles, lang);
  return principles.map((principle) => {
    const translation = own.get(principle.id);
    return translation ? { ...principle, data: translation.data } : principle;
  });
}
