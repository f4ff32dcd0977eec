import { getCurriculum } from "./curriculum";
import { getQuizzes } from "./quizzes";
import { isScored, type ScoredQuestion } from "../lib/quiz/scoring";
import { questionKey } from "../vocabulary/ids";

/** A scored question as the review page asks it again, with the module it comes from. */
export interface ReviewQuestion {
  key: string;
  quizId: string;
  moduleId: string;
  moduleTitle: string;
  question: ScoredQuestion;
}

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
