import { quizIdsOf, readQuestions } from "../helpers";

/* The scored questions a package reports when the course turns results per question on. */

const interactionTypes: Record<string, string> = {
  single: "choice",
  multiple: "choice",
  scenario: "choice",
  "true-false": "true-false",
  ordering: "sequencing",
  matching: "matching",
};

/** A module's scored questions, as the package's plan lists them (src/lms/plans.ts). */
export function scoredQuestions(moduleId: string) {
  return quizIdsOf(moduleId).flatMap((quizId) =>
    readQuestions(quizId)
      .filter((question) => interactionTypes[question.type])
      .map((question) => ({ quizId, id: question.id, type: interactionTypes[question.type]! })),
  );
}
