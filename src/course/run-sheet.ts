import { createHash } from "node:crypto";
import type { CollectionEntry } from "astro:content";
import type { AgendaModule } from "../lib/agenda";
import { defaultLocale } from "./locales";
import { getCurriculum, getTeamActivities } from "./curriculum";
import { facilitatorNotesIn, type ActivitySection } from "./mdx";
import { getQuizzes } from "./quizzes";

/*
 * The facilitator's run sheet for one track, made from the course as the build reads it, in the
 * page's language: the modules in reading order with their minutes, goal (the summary), the
 * talking points their authors wrote for the room, questions for the room (the quizzes'
 * reflection prompts), scenarios with their branches, team activities and facilitator notes.
 */

type Question = CollectionEntry<"quizzes">["data"]["questions"][number];
export type Scenario = Extract<Question, { type: "scenario" }>;

/** A team activity as the run sheet shows it. */
export type RunSheetActivity = ActivitySection & { title: string };

/** One module of the day. */
export interface RunSheetModule {
  id: string;
  title: string;
  /** What the module is for: its summary. */
  goal: string;
  minutes: number;
  activityMinutes: number;
  /** Points to make in the room, from the module's front matter (talkingPoints). */
  talkingPoints: string[];
  /** What the room needs for it (materials). */
  materials: string[];
  /** Reflection prompts, to ask the room. */
  discussion: string[];
  scenarios: Scenario[];
  activities: RunSheetActivity[];
  /** The facilitator notes, each as paragraphs. */
  notes: string[][];
}

/** The run sheet's modules for `trackId` in `lang`, in reading order. */
export async function getRunSheet(
  trackId: string,
  lang: string = defaultLocale,
): Promise<RunSheetModule[]> {
  const [curriculum, quizzes, activities] = await Promise.all([
    getCurriculum(lang),
    getQuizzes(lang),
    getTeamActivities(lang),
  ]);
  return curriculum
    .filter((module) => module.data.tracks.includes(trackId))
    .map((module) => {
      const questions = module.quizIds.flatMap(
        (id) => quizzes.find((quiz) => quiz.id === id)?.data.questions ?? [],
      );
      return {
        id: module.id,
        title: module.data.title,
        goal: module.data.summary,
        minutes: module.data.minutes,
        activityMinutes: module.data.activityMinutes,
        talkingPoints: module.data.talkingPoints ?? [],
        materials: module.data.materials ?? [],
        discussion: questions
          .filter((question) => question.type === "reflection")
          .map((question) => question.prompt),
        scenarios: questions.filter(
          (question): question is Scenario => question.type === "scenario",
        ),
        activities: module.outline.activities.map((section) => ({
          ...section,
          title: activities.find((activity) => activity.id === section.id)?.title ?? section.id,
        })),
        notes: facilitatorNotesIn(module.components).map((text) => text.split(/\n{2,}/)),
      };
    });
}

/** The run sheet's modules as the agenda times them. */
export function agendaModules(modules: readonly RunSheetModule[]): AgendaModule[] {
  return modules.map((module) => ({
    id: module.id,
    title: module.title,
    lessonMinutes: Math.max(0, module.minutes - module.activityMinutes),
    activityMinutes: module.activityMinutes,
    ...(module.activities.length > 0
      ? { activityTitle: module.activities.map((activity) => activity.title).join(" · ") }
      : {}),
  }));
}

/** The day's materials: the modules' own, each once, in the order they are first needed. */
export const materialsOf = (modules: readonly RunSheetModule[]): string[] => [
  ...new Set(modules.flatMap((module) => module.materials)),
];

/**
 * `text` as a CSS string, for a page margin box's `content`: quotes, backslashes and anything
 * outside printable ASCII as CSS escapes, so no course text can end the string or the rule.
 */
export const cssString = (text: string): string =>
  `"${[...text]
    .map((char) =>
      /[ -~]/.test(char) && char !== '"' && char !== "\\" && char !== "<"
        ? char
        : `\\${char.codePointAt(0)!.toString(16)} `,
    )
    .join("")}"`;

/** The CSP source for an inline stylesheet: sha256- and the base64 digest of its text. */
export const styleHash = (css: string): `sha256-${string}` =>
  `sha256-${createHash("sha256").update(css).digest("base64")}`;
