import { expect, test, type Page } from "@playwright/test";
import { checkpointQuizIdsOf, mapHydrated, modulesOfTrack, quizIdsOf } from "./helpers";
import { completeNextModule, lmsCourseFrame, packagedSite, roadStop } from "./lms/learner";
import { completionMet, lmsCalls, packagePath, startTestLms, type TestLms } from "./lms/server";

/*
 * The orientation track's SCORM 2004 3rd edition package through scorm-again's 2004 run-time
 * (API_1484_11), served from a deep path: completion and success kept apart, the score as
 * score.scaled only once finished, a bookmark in cmi.location, resume on an empty browser,
 * and no interactions unless the course reports results per question (lms-answers.spec.ts).
 */

// A learner working through a module in a framed package takes a while on a shared machine.
test.describe.configure({ timeout: 60_000 });

let lms: TestLms;

test.beforeEach(async () => {
  lms = await startTestLms(packagePath("orientation", "scorm2004"));
});
test.afterEach(() => lms.close());

const calls = lmsCalls;

async function openInLms(page: Page) {
  await page.goto(lms.scormLaunchUrl());
  const shell = lmsCourseFrame(page);
  return { shell, site: packagedSite(shell) };
}

test("a learner half-way is incomplete with no success or score; on an empty browser the LMS's copy resumes them", async ({
  page,
  browser,
}) => {
  const { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  const first = (await completeNextModule(site))!;
  await expect.poll(() => lms.record["cmi.suspend_data"] ?? "").toContain(`"${first}":[2,`);
  await shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(
    shell.getByRole("heading", { name: "Your progress is saved in your LMS" }),
  ).toBeVisible();

  expect(lms.record["cmi.completion_status"]).toBe("incomplete");
  expect(lms.record["cmi.success_status"]).toBe("unknown");
  expect(lms.record["cmi.score.scaled"] ?? "").toBe("");
  expect(lms.record["cmi.exit"]).toBe("suspend");
  expect(lms.record["cmi.location"]).toBe(first);
  expect(completionMet(lms.record, "completed")).toBe(false);
  const all = await calls(page);
  expect(all.filter((call) => call.name === "Initialize")).toHaveLength(1);
  expect(all.filter((call) => call.name === "Terminate")).toEqual([
    { name: "Terminate", args: [""], result: "true" },
  ]);
  expect(
    all.filter((call) => call.name === "SetValue" && call.args[0] === "cmi.session_time").at(-1)
      ?.args[1],
  ).toMatch(/^PT\d+S$/);
  expect(all.filter((call) => call.result !== "true" && !/Get/.test(call.name))).toEqual([]);
  // Results per question are off by default.
  expect(lms.record["cmi.interactions"]).toEqual([]);
  expect(lms.missing).toEqual([]);

  // Another computer: an empty browser, and only what the LMS kept.
  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  const again = await openInLms(laptop);
  await expect(again.shell.getByRole("status")).toHaveText(/Connected/);
  await mapHydrated(again.site);
  await expect(roadStop(again.site, first).getByText("Done", { exact: true })).toBeVisible();
  await elsewhere.close();
});

test("a learner who finishes the track is completed and passed, with score.scaled 1 and the attempt ended", async ({
  page,
}) => {
  // The LMS holds every module of the track but one, each quiz at full marks.
  const track = modulesOfTrack("orientation");
  const [last, ...done] = [track.at(-1)!, ...track.slice(0, -1)];
  const suspend = {
    v: 1,
    t: "orientation",
    m: Object.fromEntries(done.map((id) => [id, [2, "", "", "", 60]])),
    // Every quiz a module holds, its film's checkpoint included.
    q: Object.fromEntries(
      done
        .flatMap((id) => [...quizIdsOf(id), ...checkpointQuizIdsOf(id)])
        .map((id) => [id, [10_000, 1, 1]]),
    ),
    f: { empathy: 10_000 },
    a: {},
  };
  lms.record = {
    "cmi.completion_status": "incomplete",
    "cmi.exit": "suspend",
    "cmi.suspend_data": JSON.stringify(suspend),
  };
  const { shell, site } = await openInLms(page);
  await expect(shell.getByRole("status")).toHaveText(/Connected/);
  expect(await completeNextModule(site)).toBe(last);
  await shell.getByRole("button", { name: "Save and exit" }).click();
  await expect(
    shell.getByRole("heading", { name: "Your progress is saved in your LMS" }),
  ).toBeVisible();
  expect(lms.record).toMatchObject({
    "cmi.completion_status": "completed",
    "cmi.success_status": "passed",
    "cmi.score.scaled": "1",
    "cmi.score.raw": "100",
    "cmi.exit": "normal",
  });
  expect(completionMet(lms.record, "completed")).toBe(true);
  expect(completionMet(lms.record, "passed")).toBe(true);
});
