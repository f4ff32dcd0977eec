import { expect, test } from "@playwright/test";
import { mapHydrated, modulesOfTrack } from "./helpers";
import { completeNextModule, completeTrack, packagedSite, trackHero } from "./lms/learner";
import { packagePath, startTestLms, type TestLms } from "./lms/server";

/*
 * The orientation track's cmi5 package, launched as a cmi5 LMS launches an AU, against a test
 * LRS that checks every statement (xapi-validation, and the cmi5 rules on verbs, session,
 * registration and context template).
 */

const launch = "lms/cmi5/orientation/index.html";
// A learner working through a module in a framed package takes a while on a shared machine.
test.describe.configure({ timeout: 60_000 });

let lms: TestLms;

test.beforeEach(async () => {
  lms = await startTestLms(packagePath("orientation", "cmi5"));
});
test.afterEach(() => lms.close());

const verbs = () =>
  lms.statements.map((entry) => String(entry.statement["verb"].id).split("/").pop());

test("a new hire completes orientation through a cmi5 launch: initialized, completed, passed, terminated, then back to the LMS", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const track = modulesOfTrack("orientation");
  const returnURL = `${lms.origin}/lms/return.html`;
  await page.goto(lms.cmi5LaunchUrl(launch, { masteryScore: 0.75, returnURL }));
  await expect(page.getByRole("status")).toHaveText(/Connected/);

  const site = packagedSite(page);
  await completeTrack(site, track);
  await expect(trackHero(site)).toContainText(`${track.length} of ${track.length} modules done`);
  await expect.poll(verbs, { timeout: 10_000 }).toEqual(["initialized", "completed", "passed"]);
  await page.getByRole("button", { name: "Save and exit" }).click();
  await expect(page).toHaveURL(returnURL);

  expect(verbs()).toEqual(["initialized", "completed", "passed", "terminated"]);
  expect(lms.statements.flatMap((entry) => entry.problems)).toEqual([]);
  const passed = lms.statements[2]!.statement;
  expect(passed["result"].score).toEqual({ scaled: 1, raw: 100, min: 0, max: 100 });
  expect(passed["result"].success).toBe(true);
  expect(lms.missing).toEqual([]);

  const saved = [...lms.state.values()].join("");
  expect(saved).not.toContain("A note.");
  expect(saved.length).toBeLessThan(4096);

  // Another device, the same registration: the LRS's state document brings the progress back.
  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  await laptop.goto(lms.cmi5LaunchUrl(launch, { masteryScore: 0.75 }));
  const again = packagedSite(laptop);
  await mapHydrated(again);
  await expect(trackHero(again)).toContainText(`${track.length} of ${track.length} modules done`);
  await elsewhere.close();
});

test("when the LRS fails, the learner finishes the quiz, keeps their progress, and the package sends it once the LRS is back", async ({
  page,
}) => {
  test.setTimeout(120_000);
  lms.faults.lrsFailures = 3;
  await page.goto(lms.cmi5LaunchUrl(launch));
  const site = packagedSite(page);
  const moduleId = (await completeNextModule(site))!;
  await expect
    .poll(() => [...lms.state.values()].join(""), { timeout: 60_000 })
    .toContain(`"${moduleId}":[2,`);
  await expect(page.getByRole("status")).toHaveText(/Connected/);
  expect(lms.faults.lrsFailures).toBe(0);
});

test("an LRS over plain http on another site is refused with a message the learner sees, and the course goes on", async ({
  page,
}) => {
  const port = new URL(lms.origin).port;
  // Another origin than the package's (localhost, not 127.0.0.1), over http.
  await page.goto(lms.cmi5LaunchUrl(launch, { endpoint: `http://localhost:${port}/lrs/xapi/` }));
  await expect(page.getByRole("status")).toHaveText(
    /cannot reach your LMS's record store \(its address is plain http on another site\)/,
  );
  await mapHydrated(packagedSite(page));
  expect(lms.statements).toEqual([]);
});
