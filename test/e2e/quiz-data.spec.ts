import { expect, test, type Page } from "@playwright/test";
import { PROGRESS_KEY } from "../../src/vocabulary/record";
import { languages, questionGroup, readQuiz, type Lang } from "./helpers";

/*
 * A module page does not carry its quizzes: the quiz fetches its questions and the quiz strings
 * as it hydrates (src/islands/quiz/quiz-data.ts), and answers from them. When they cannot come,
 * the quiz says so in words, and the page and the learner's record go on untouched.
 */

const moduleId = "why-customer-focus";
const quizRequests = /\/quiz-data\/.+\.json$/;

/** The page's HTML as sent, and the quiz files it fetched once its quiz has hydrated. */
async function openQuiz(page: Page, lang: Lang) {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (quizRequests.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  const response = await page.goto(`${languages[lang].prefix}/modules/${moduleId}/`);
  // As a reader would find words in it: attributes' quotes unescaped.
  const html = (await response!.text()).replaceAll("&quot;", '"').replaceAll("&#39;", "'");
  const question = readQuiz(moduleId, lang).questions[0]!;
  const group = await questionGroup(page, question.prompt);
  return { html, fetched, question, group };
}

for (const lang of ["en", "fr"] as const) {
  test(`a quiz answers from the questions it fetched, which the page does not carry (${lang})`, async ({
    page,
  }) => {
    const ui = languages[lang].ui;
    const { html, fetched, question, group } = await openQuiz(page, lang);
    const wrong = question.options.find((option) => !option.correct)!;

    // The quiz's island carries its id, not its questions, and the page no quiz strings.
    const props = [...html.matchAll(/<astro-island[^>]*component-url="[^"]*\/Quiz\.[^>]*>/g)];
    expect(props.length).toBe(1);
    expect(props[0]![0]).toContain(`"quizId":[0,"${moduleId}"]`);
    expect(html.includes(wrong.feedback), "the page carries a question's feedback").toBe(false);
    expect(html.includes(ui.quiz.chooseOne), "the page carries the quiz strings").toBe(false);
    // One file of the module's quizzes and one of the language's quiz strings.
    expect(fetched.sort()).toEqual([
      expect.stringMatching(new RegExp(`^/quiz-data/${lang}/${moduleId}\\.[0-9a-f]{12}\\.json$`)),
      expect.stringMatching(new RegExp(`^/quiz-data/strings\\.${lang}\\.[0-9a-f]{12}\\.json$`)),
    ]);

    // The quiz's own words come from the fetched strings: asked to choose first, in its language.
    await group.getByRole("button", { name: ui.quiz.check }).click();
    await expect(group.getByText(ui.quiz.chooseOne)).toBeVisible();
    await group.getByRole("radio", { name: wrong.text }).check();
    await group.getByRole("button", { name: ui.quiz.check }).click();
    await expect(group.getByText(wrong.feedback)).toBeVisible();
  });
}

/** Play an answer through the quiz, and give back the record as stored. */
async function answerFirst(page: Page): Promise<string> {
  const { question, group } = await openQuiz(page, "en");
  const right = question.options.find((option) => option.correct)!;
  await group.getByRole("radio", { name: right.text }).check();
  await group.getByRole("button", { name: languages.en.ui.quiz.check }).click();
  await expect(group.getByText(right.feedback)).toBeVisible();
  return (await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!;
}

for (const [failure, answer] of [
  ["offline", "abort"],
  ["not found", 404],
  ["not JSON", "<html>A proxy's error page</html>"],
] as const) {
  test(`a quiz whose questions cannot load says so in words and loses nothing (${failure})`, async ({
    page,
  }) => {
    const stored = await answerFirst(page);
    const errors: string[] = [];
    // Errors thrown by the quiz's code (another island's, the offline worker's, are not this test's).
    page.on("pageerror", (error) => {
      if (/\/(Quiz|quiz|question)[.-]/.test(error.stack ?? "")) errors.push(error.message);
    });
    await page.route(quizRequests, (route) =>
      answer === "abort"
        ? route.abort("internetdisconnected")
        : typeof answer === "number"
          ? route.fulfill({ status: answer, body: "Not found" })
          : route.fulfill({ status: 200, contentType: "application/json", body: answer }),
    );
    await page.reload();

    const { title } = readQuiz(moduleId) as unknown as { title: string };
    await page.getByRole("region", { name: title }).scrollIntoViewIfNeeded();
    const notice = page.getByRole("alert").filter({ hasText: languages.en.ui.quizLoad.failed });
    await expect(notice).toBeVisible();
    // In place of the questions: nothing there to answer that would not be kept.
    await expect(page.getByRole("button", { name: languages.en.ui.quiz.check })).toHaveCount(0);
    // The answer given before is still there (the visit itself is recorded, as on any page).
    const now = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(now!).quizzes).toEqual(JSON.parse(stored).quizzes);
    // The rest of the page still works: the module's end hydrates and shows the answer counted.
    // (Only the reset button, which shows nothing stored, waits for the learner to reach it.)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const reset = page.getByRole("button", { name: languages.en.ui.resetModule.start });
    await expect(page.locator("astro-island[ssr]").filter({ hasNot: reset })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
