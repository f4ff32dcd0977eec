import { certificateState, type CertificateTrack } from "../certificate";
import { questionKey } from "../../vocabulary/ids";
import { visibleName } from "../record/learner";
import { type Progress } from "../record/record";
import { summarizeProgress, type CourseOutline } from "../record/summary";
import { dueReviews } from "../review/queue";
import { LEARNED_BOX, localDay } from "../review/review";
import {
  SUMMARY_NAME_LENGTH,
  SUMMARY_VERSION,
  type SharedModule,
  type TeamSummary,
} from "./format";

/*
 * The summary a learner shares with their manager, made from their record. It is built field
 * by field from numbers, ids, days and codes: no text the learner wrote (reflections,
 * commitments, check-in notes) and no answer can reach it, because nothing here reads them.
 */

/** The summary of `progress` over the current course, under the name the learner typed. */
export function makeSummary(
  progress: Progress,
  course: { outline: CourseOutline; tracks: readonly CertificateTrack[] },
  name: string,
  now: Date,
): TeamSummary {
  const modules = summarizeProgress(progress, course.outline)
    .modules.filter((module) => module.status !== "not-started")
    .map((module): SharedModule => {
      const done = module.status === "completed";
      const at = module.completedAt ?? module.lastVisit;
      return {
        id: module.id,
        status: done ? "done" : "started",
        ...(done && at ? { day: localDay(new Date(at)) } : {}),
        ...(module.bestScore === undefined ? {} : { score: Math.round(module.bestScore * 100) }),
      };
    });
  const known = new Set(
    course.outline.modules.flatMap((module) =>
      module.quizzes.flatMap((quiz) => quiz.questionIds.map((id) => questionKey(quiz.id, id))),
    ),
  );
  const queue = Object.entries(progress.review ?? {}).filter(([key]) => known.has(key));
  const learned = queue.filter(([, item]) => item.box >= LEARNED_BOX).length;
  const commitments = Object.values(progress.commitments ?? {});
  return {
    version: SUMMARY_VERSION,
    name: visibleName(name).slice(0, SUMMARY_NAME_LENGTH),
    madeAt: now.toISOString(),
    modules,
    certificates: course.tracks.flatMap((track) => {
      const state = certificateState(progress, track);
      return state.kind === "complete" ? [{ track: track.id, code: state.code }] : [];
    }),
    review: {
      learned,
      waiting: queue.length - learned,
      due: dueReviews(progress.review, now, known).length,
    },
    commitments: {
      made: commitments.length,
      checkIns: commitments.reduce((sum, commitment) => sum + commitment.checkIns.length, 0),
    },
  };
}
