import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { quizSchema } from "../../../src/schemas/quiz";

/** The YAML example under "### A quiz" in the README, which authors copy from. */
function readmeQuizExample(): unknown {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### A quiz"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no yaml example under "### A quiz"');
  return parse(block);
}

describe("the README's quiz example", () => {
  it("is a valid quiz with one question of every type", () => {
    const quiz = quizSchema.parse(readmeQuizExample());
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
