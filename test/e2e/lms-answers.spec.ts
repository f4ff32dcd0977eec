import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import en from "../../src/i18n/en";
import { answerRight, mapHydrated, questionGroup, quizIdsOf, readQuestions } from "./helpers";
import {
  answersPackagesDir,
  lmsCalls,
  packagePath,
  startTestLms,
  type Standard,
  type TestLms,
} from "./lms/server";
import { lmsCourseFrame, packagedSite } from "./lms/learner";
import { scoredQuestions } from "./lms/questions";

/*
 * Results per question, on, for real: the orientation track packaged from a course file that
 * says `lms: reportAnswers: true` (`npm run package:answers`, test/e2e/lms/answers-course.mjs),
 * driven through the test LMS. Each scored answer reaches the LMS as an interaction (SCORM 1.2
 * and 2004) or an "answered" statement (cmi5): which question, its type, right, wrong or partly
 * right, its weight and when; never what the learner chose or wrote.
 */

// A learner working through a module in a framed package takes a while on a shared machine.
test.describe.configure({ timeout: 90_000 });

const moduleId = "how-this-course-works";
const questions = scoredQuestions(moduleId);
const told = "This course also tells your LMS whether each quiz answer was right";
const q = en.quiz;

/** The words of every option, item, pair and response in `value`, as authored. */
const wordsIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(wordsIn)
    : typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, inner]) =>
          ["text", "left", "right"].includes(key) && typeof inner === "string"
            ? [inner]
            : wordsIn(inner),
        )
      : [];

/** Every sentence a learner can choose in the module's quizzes, and what they write. */
const reflection = "My own words, for me alone.";
const choosable = [
  reflection,
  ...quizIdsOf(moduleId).flatMap((quizId) => wordsIn(readQuestions(quizId))),
].filter((words) => words.length >= 12);
// The module's options, ordering items, matching pairs and scenario responses: dozens.
if (choosable.length < 20) throw new Error("the first module's quizzes changed: choose another");

/**
 * Work through the module as a learner: the first question answered wrong, the "several
 * answers" question half right (one right option of several), everything else right, the
 * reflection written.
 */
async function answerTheModule(site: FrameLocator) {
  await mapHydrated(site);
  await site.getByRole("link", { name: /^(Start|Continue): / }).click();
  for (const quizId of quizIdsOf(moduleId)) {
    for (const question of readQuestions(quizId)) {
      if (question.id === "where-progress-lives") {
        const group = await questionGroup(site, question.prompt);
        const wrong = question.options!.find((option) => !option.correct)!;
        await group.getByRole("radio", { name: wrong.text, exact: true }).check();
        await group.getByRole("radio", { name: q.sure, exact: true }).check();
        await group.getByRole("button", { name: q.check }).click();
        await expect(group.getByText(q.verdictIncorrect)).toBeVisible();
      } else if (question.type === "multiple") {
        const group = await questionGroup(site, question.prompt);
        const right = question.options!.find((option) => option.correct)!;
        await group.getByRole("checkbox", { name: right.text, exact: true }).check();
        await group.getByRole("radio", { name: q.sure, exact: true }).check();
        await group.getByRole("button", { name: q.check }).click();
        await expect(group.getByText(/^◐/)).toBeVisible();
      } else {
        await answerRight(site, question, reflection);
      }
    }
  }
  await expect(site.locator("article header").getByText("Completed")).toBeVisible();
}

const multipleId = readQuestions("how-this-course-works").find(
  (question) => question.type === "multiple",
)!.id;

/** The result each question should carry: wrong, partly right (a decimal) or correct. */
const expectedResult = (id: string, wrong: string): string | RegExp =>
  id === "where-progress-lives" ? wrong : id === multipleId ? /^0\.\d+$/ : "correct";

let lms: TestLms;
test.afterEach(() => lms?.close());

async function openScorm(page: Page, standard: Standard) {
  lms = await startTestLms(packagePath("orientation", standard, answersPackagesDir));
  await page.goto(lms.scormLaunchUrl());
  const shell = lmsCourseFrame(page);
  return { shell, site: packagedSite(shell) };
}

/** Nothing the learner chose or wrote is in any value the package set. */
async function expectNoWordsSent(page: Page) {
  const values = (await lmsCalls(page))
    .filter((call) => /SetValue$/.test(call.name))
    .map((call) => String(call.args[1]));
  expect(values.length).toBeGreaterThan(questions.length * 4);
  expect(choosable.filter((words) => values.some((value) => value.includes(words)))).toEqual([]);
  expect(JSON.stringify(lms.record)).not.toContain(reflection);
}

/** How SCORM 1.2 and 2004 each name an interaction's parts. */
const scormVersions = [
  {
    standard: "scorm12",
    name: "SCORM 1.2",
    idOf: (question: (typeof questions)[number]) => `${question.quizId}.${question.id}`,
    wrong: "wrong",
    when: ["time", /^\d{2}:\d{2}:\d{2}$/],
    response: "student_response",
  },
  {
    standard: "scorm2004",
    name: "SCORM 2004",
    idOf: (question: (typeof questions)[number]) =>
      `urn:cx-learning-map:${question.quizId}:${question.id}`,
    wrong: "incorrect",
    when: ["timestamp", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/],
    response: "learner_response",
  },
] as const;

for (const version of scormVersions) {
  const [when, whenPattern] = version.when;
  test(`${version.name}: each scored answer is a cmi.interactions entry with id, type, result, weighting and ${when}, never the answer`, async ({
    page,
  }) => {
    const { shell, site } = await openScorm(page, version.standard);
    await expect(shell.getByRole("status")).toHaveText(/Connected/);
    await expect(shell.getByText(told)).toBeVisible();
    await answerTheModule(site);
    await expect
      .poll(() => (lms.record["cmi.interactions"] as Record<string, string>[] | undefined)?.length)
      .toBe(questions.length);
    const interactions = lms.record["cmi.interactions"] as Record<string, string>[];
    expect(interactions.map((entry) => entry["id"]).sort()).toEqual(
      questions.map(version.idOf).sort(),
    );
    for (const entry of interactions) {
      const question = questions.find((candidate) => version.idOf(candidate) === entry["id"])!;
      const id = question.id;
      expect(entry["type"], id).toBe(question.type);
      expect(entry["result"], id).toMatch(expectedResult(id, version.wrong));
      expect(entry["weighting"], id).toBe("1");
      expect(entry[when], id).toMatch(whenPattern);
      expect(entry[version.response], id).toBeUndefined();
    }
    // The scored types of the first module, each named as SCORM names it.
    expect(new Set(interactions.map((entry) => entry["type"]))).toEqual(
      new Set(["choice", "true-false", "sequencing", "matching"]),
    );
    await expectNoWordsSent(page);
  });
}

test('cmi5: each scored answer is an "answered" statement the LRS accepts, with success and score, never the answer', async ({
  page,
}) => {
  lms = await startTestLms(packagePath("orientation", "cmi5", answersPackagesDir));
  await page.goto(lms.cmi5LaunchUrl("lms/cmi5/orientation/index.html"));
  await expect(page.getByRole("status")).toHaveText(/Connected/);
  await expect(page.getByText(told)).toBeVisible();
  await answerTheModule(packagedSite(page));
  const answered = () =>
    lms.statements
      .map((entry) => entry.statement)
      .filter((statement) => String(statement["verb"].id).endsWith("/answered"));
  await expect.poll(() => answered().length).toBe(questions.length);
  expect(lms.statements.flatMap((entry) => entry.problems)).toEqual([]);
  for (const statement of answered()) {
    const id = decodeURIComponent(String(statement["object"].id).split("/question/")[1]);
    const question = questions.find((candidate) => candidate.id === id)!;
    expect(statement["object"].definition).toEqual({
      type: "http://adlnet.gov/expapi/activities/cmi.interaction",
      interactionType: question.type,
    });
    const result = statement["result"];
    expect(result.success, id).toBe(expectedResult(id, "wrong") === "correct");
    expect(result.score.scaled, id).toBeGreaterThanOrEqual(0);
    expect(result.score.scaled, id).toBeLessThanOrEqual(1);
    expect(result.response, id).toBeUndefined();
    expect(Date.parse(statement["timestamp"])).not.toBeNaN();
  }
  const sent = JSON.stringify([...lms.statements, ...lms.state.values()]);
  expect(choosable.filter((words) => sent.includes(words))).toEqual([]);
});
