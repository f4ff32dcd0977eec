import { getCurriculum } from "./curriculum";
import { getQuizzes } from "./quizzes";
import { isScored } from "../lib/quiz/scored";
import type { ReviewQuestion } from "../lib/review/queue";
import { questionKey } from "../vocabulary/ids";

/** Every scored question of every module's quizzes in `lang`, in reading order: what review can ask. */
export async function getReviewQuestions(lang?: string): Promise<ReviewQuestion[]> {
  const [modules, quizzes] = await Promise.all([getCurriculum(lang), getQuizzes(lang)]);
  return modules.flatMap((module) =>
    module.quizIds.flatMap((quizId) => {
      const quiz = quizzes.find((candidate) => candidate.id === quizId);
      return (quiz?.data.questions ?? []).filter(isScored).map((question) => ({
        key: questionKey(quizId, question.id),
        quizId,
        moduleId: module.id,
        moduleTitle: module.data.title,
        question,
      }));
    }),
  );
}
