import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

interface QuizFile {
  questions: {
    id: string;
    prompt: string;
    options: { text: string; correct?: boolean; feedback: string }[];
  }[];
}

/** A quiz as authored, read from content/ so tests follow the content rather than copy it. */
export function readQuiz(id: string): QuizFile {
  return parse(readFileSync(`content/quizzes/${id}.yaml`, "utf8")) as QuizFile;
}

/** The text of a question's right answer, and of one wrong answer. */
export function answersOf(question: QuizFile["questions"][number]) {
  const right = question.options.find((option) => option.correct)!;
  const wrong = question.options.find((option) => !option.correct)!;
  return { right: right.text, wrong: wrong.text, wrongFeedback: wrong.feedback };
}

/** Axe violations against WCAG 2.2 A and AA, as short readable lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * The question's fieldset, once its island has hydrated. Quizzes hydrate when scrolled into
 * view; a learner clicking earlier is covered by the island, but a test should act on the live one.
 */
export async function questionGroup(page: Page, prompt: string) {
  const group = page.getByRole("group", { name: prompt });
  await group.scrollIntoViewIfNeeded();
  await page.locator("astro-island", { has: group }).and(page.locator(":not([ssr])")).waitFor();
  return group;
}
