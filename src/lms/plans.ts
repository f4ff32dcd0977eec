import { AstroError } from "astro/errors";
import { getCourse } from "../course";
import { getCurriculum, getTeamActivities } from "../course/curriculum";
import { getQuiz } from "../course/quizzes";
import { masteryScore, type TrackPlan } from "./plan";
import { longestEncoding, SUSPEND_DATA_LIMIT } from "./suspend";

/*
 * Build time: each track as its LMS package knows it. A track whose record could outgrow
 * SCORM 1.2's suspend_data stops the package build, before any LMS meets it.
 */

/** The standards a package is built for, as they appear in file and folder names. */
export const STANDARDS = ["scorm12", "cmi5"] as const;
export type Standard = (typeof STANDARDS)[number];

const unscoredTypes = new Set(["reflection", "scale"]);

let cached: Promise<TrackPlan[]> | undefined;

/** Every track's plan, in the course file's order. */
export function getTrackPlans(): Promise<TrackPlan[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<TrackPlan[]> {
  const course = getCourse();
  const curriculum = await getCurriculum();
  const activities = await getTeamActivities();
  const plans: TrackPlan[] = [];
  for (const track of course.tracks) {
    const modules = curriculum.filter((module) => module.data.tracks.includes(track.id));
    const scoredQuizzes: TrackPlan["scoredQuizzes"] = [];
    for (const module of modules) {
      for (const quizId of module.quizIds) {
        const quiz = await getQuiz(quizId);
        const scored = quiz?.data.questions.some((question) => !unscoredTypes.has(question.type));
        if (scored) scoredQuizzes.push({ id: quizId, passMark: module.data.passMark });
      }
    }
    const moduleIds = new Set(modules.map((module) => module.id));
    plans.push({
      id: track.id,
      courseTitle: course.title,
      name: track.name,
      modules: modules.map((module) => ({
        id: module.id,
        title: module.data.title,
        quizIds: module.quizIds,
        // Films the module requires: their share travels with the record, so the LMS copy counts them.
        ...(module.films.length > 0 ? { filmIds: module.films.map((film) => film.id) } : {}),
      })),
      scoredQuizzes,
      activityIds: activities
        .filter((activity) => moduleIds.has(activity.moduleId))
        .map((activity) => activity.id),
      masteryScore: masteryScore(scoredQuizzes),
    });
  }
  const tooLong = plans
    .map((plan) => ({ plan, length: longestEncoding(plan) }))
    .filter(({ length }) => length > SUSPEND_DATA_LIMIT);
  if (tooLong.length > 0) {
    throw new AstroError(
      tooLong
        .map(
          ({ plan, length }) =>
            `content/course.yaml: track "${plan.id}": a learner's full record for it takes up to ${length} characters, and SCORM 1.2 keeps only ${SUSPEND_DATA_LIMIT} in cmi.suspend_data.`,
        )
        .join("\n"),
      "Split the track into smaller tracks, or use shorter module and quiz ids (file names), then build the packages again.",
    );
  }
  return plans;
}
