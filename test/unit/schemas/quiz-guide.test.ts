import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { quizSchema } from "../../../src/schemas/quiz";

/** The YAML example in the authors' quiz guide, which authors copy from. */
function guideQuizExample(): unknown {
  const guide = readFileSync("docs/quizzes.md", "utf8");
  const block = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!block) throw new Error("docs/quizzes.md has no yaml example");
  return parse(block);
}

describe("the quiz guide's example", () => {
  it("is a valid quiz with one question of every type", () => {
    const quiz = quizSchema.parse(guideQuizExample());
    expect(quiz.questions.map((question) => question.type).sort()).toEqual([
      "matching",
      "multiple",
      "ordering",
      "reflection",
      "scale",
      "scenario",
      "single",
      "true-false",
    ]);
  });
});
