import { render, screen, within } from "@testing-library/preact";
import { QuizView as Quiz, type QuizViewProps as QuizProps } from "../../../../src/islands/Quiz";
import { quizSchema } from "../../../../src/schemas/quiz";
import { englishStrings } from "../../setup";

/** Render a quiz from questions written as an author writes them, validated by the schema. */
export function renderQuiz(
  questions: Record<string, unknown>[],
  extra: Partial<QuizProps> & { confidence?: boolean } = {},
) {
  const quiz = quizSchema.parse({ questions, confidence: extra.confidence ?? false });
  const props: QuizProps = {
    quizId: "practice",
    title: quiz.title,
    questions: quiz.questions,
    confidence: quiz.confidence,
    moduleId: "start",
    moduleQuizIds: ["practice"],
    passMark: 0.5,
    strings: englishStrings,
    ...extra,
  };
  return render(<Quiz {...props} />);
}

/** A question's fieldset, found by its prompt. */
export async function group(prompt: string) {
  return within(await screen.findByRole("group", { name: new RegExp(prompt) }));
}

/** A feedback option as authors write it. */
export const option = (id: string, text: string, correct = false) => ({
  id,
  text,
  correct,
  feedback: `${text} is ${correct ? "right" : "wrong"} because of ${id}.`,
});
