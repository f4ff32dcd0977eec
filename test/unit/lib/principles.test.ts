import { describe, expect, it } from "vitest";
import { fillPrinciples, findPrincipleProblems, principleIdsIn } from "../../../src/lib/principles";

const names = new Map([
  ["listen-first", "Listen first"],
  ["own-it", "Own it to the end"],
]);

describe("principles by reference", () => {
  it("finds references in quiz text", () => {
    const text = `It breaks {principle:own-it}. {principle:listen-first} comes first.`;
    expect(principleIdsIn(text)).toEqual(["own-it", "listen-first"]);
  });

  it("fills every string of a quiz, however deep, and leaves other values alone", () => {
    const quiz = {
      title: "Check",
      questions: [
        {
          prompt: "What does {principle:own-it} ask?",
          options: [{ text: "{principle:listen-first}", correct: true }],
        },
      ],
    };
    expect(fillPrinciples(quiz, names)).toEqual({
      title: "Check",
      questions: [
        {
          prompt: "What does Own it to the end ask?",
          options: [{ text: "Listen first", correct: true }],
        },
      ],
    });
  });

  it("names the file and the principles there are when a reference is unknown", () => {
    const problems = findPrincipleProblems(
      [
        { filePath: "content/quizzes/a.yaml", ids: ["own-it", "be-nice"] },
        { filePath: "content/modules/b.mdx", ids: ["listen-first"] },
      ],
      new Set(names.keys()),
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/quizzes/a.yaml: the principle "be-nice" is not in content/principles.yaml. Use one of: listen-first, own-it, or add it there.",
      ]
    `);
  });
});
