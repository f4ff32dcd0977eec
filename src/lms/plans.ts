import { AstroError } from "astro/errors";
import { getCourse } from "../course";
import { getCurriculum, getTeamActivities } from "../course/curriculum";
import { getTrackPlans as getTrackStops } from "../course/track-plan";
import { getQuiz } from "../course/quizzes";
import { isScoredType, type ScoredQuestionType } from "../vocabulary/questions";
import { masteryScore, type InteractionType, type TrackPlan } from "./plan";
import { longestEncoding, SUSPEND_DATA_LIMIT } from "./suspend";
import { keepTrackPlans } from "./built-plans";

/*
 * Build time: each track as its LMS package knows it. A course whose record could outgrow
 * SCORM's suspend_data stops the package build, before any LMS meets it.
 */

/** How each scored question type is named in SCORM's and xAPI's interactions. */
const interactionTypes: Record<ScoredQuestionType, InteractionType> = {
  single: "choice",
  multiple: "choice",
  scenario: "choice",
  "true-false": "true-false",
  ordering: "sequencing",
  matching: "matching",
};

let cached: Promise<TrackPlan[]> | undefined;

/** Every track's plan, in the course file's order. */
export function getTrackPlans(): Promise<TrackPlan[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<TrackPlan[]> {
  const course = getCourse();
  const trackStops = await getTrackStops();
  const curriculum = await getCurriculum();
  const activities = await getTeamActivities();
  const plans: TrackPlan[] = [];
  // Every module the package offers: the map shows them all, whatever the track.
  const offered = curriculum.map((module) => ({ id: module.id, quizIds: module.quizIds }));
  const offeredActivityIds = activities.map((activity) => activity.id);
  const questions: TrackPlan["questions"] = [];
  if (course.lms.reportAnswers) {
    for (const module of curriculum) {
      for (const quizId of module.quizIds) {
        for (const question of (await getQuiz(quizId))?.data.questions ?? []) {
          if (!isScoredType(question.type)) continue;
          questions.push({
            quizId,
            id: question.id,
            type: interactionTypes[question.type] ?? "other",
          });
        }
      }
    }
  }
  for (const track of course.tracks) {
    const modules = trackStops.find((plan) => plan.id === track.id)!.stops;
    const scoredQuizzes: TrackPlan["scoredQuizzes"] = [];
    for (const module of modules) {
      for (const quizId of module.quizIds) {
        const quiz = await getQuiz(quizId);
        const scored = quiz?.data.questions.some((question) => isScoredType(question.type));
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
      offered,
      offeredActivityIds,
      reporting: course.lms.reporting,
      questions,
    });
  }
  // Every track's suspend data carries every module the course offers: one check for all.
  const longest = Math.max(0, ...plans.map(longestEncoding));
  if (longest > SUSPEND_DATA_LIMIT) {
    throw new AstroError(
      `content/modules/: a learner's full record of the course's ${offered.length} modules takes up to ${longest} characters, and a package writes at most ${SUSPEND_DATA_LIMIT} to cmi.suspend_data (what every SCORM LMS keeps).`,
      "Use shorter module and quiz ids (file names), or fewer modules, then build the packages again: every module a package offers travels in its suspend data.",
    );
  }
  // For the zips, written once every page is (./packages.ts).
  keepTrackPlans(plans);
  return plans;
}
