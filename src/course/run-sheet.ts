import type { CollectionEntry } from "astro:content";
import type { AgendaModule } from "../lib/agenda";
import { getCurriculum, getTeamActivities } from "./curriculum";
import { facilitatorNotesIn, type ActivitySection } from "./mdx";
import { getQuizzes } from "./quizzes";

/*
 * The facilitator's run sheet for one track, made from the course as the build reads it: the
 * modules in reading order with their minutes, key points, discussion questions (the quizzes'
 * reflection prompts), scenarios with their branches, team activities and facilitator notes.
 */

type Question = CollectionEntry<"quizzes">["data"]["questions"][number];
type Scenario = Extract<Question, { type: "scenario" }>;

/** A team activity as the run sheet shows it. */
export type RunSheetActivity = ActivitySection & { title: string };

/** One module of the day. */
export interface RunSheetModule {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  activityMinutes: number;
  /** The module's section headings, furniture left out. */
  keyPoints: string[];
  /** Reflection prompts, to discuss in the room. */
  discussion: string[];
  scenarios: Scenario[];
  activities: RunSheetActivity[];
  /** The facilitator notes, each as paragraphs. */
  notes: string[][];
}

/**
 * Sections every module has that are not key points: the quiz, the week after, the sources.
 * The team activity is shown in full on its own.
 */
const furniture = /^(check your understanding|on monday|sources)$|^team activity\b/i;

/** The run sheet's modules for `trackId`, in reading order. */
export async function getRunSheet(trackId: string): Promise<RunSheetModule[]> {
  const [curriculum, quizzes, activities] = await Promise.all([
    getCurriculum(),
    getQuizzes(),
    getTeamActivities(),
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
        summary: module.data.summary,
        minutes: module.data.minutes,
        activityMinutes: module.data.activityMinutes,
        keyPoints: module.outline.headings.filter((heading) => !furniture.test(heading)),
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
