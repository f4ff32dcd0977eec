// `npm run package:answers`, test only: the real course with results per question turned on, as
// a course file that says `lms: reportAnswers: true` would have it. content/ is copied to
// .tmp/answers-content and the setting added to the copy's course file, so the packages the
// LMS specs drive with it (test/e2e/lms-answers.spec.ts) are built exactly as a learning team's
// would be, and content/ itself is never touched.
import { appendFileSync, cpSync, readFileSync, rmSync } from "node:fs";

const from = "content";
const to = process.argv[2] ?? ".tmp/answers-content";
if (/^lms:/m.test(readFileSync(`${from}/course.yaml`, "utf8"))) {
  throw new Error(`${from}/course.yaml already has an lms: section: set reportAnswers in it here`);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
appendFileSync(
  `${to}/course.yaml`,
  "\n# Added by test/e2e/lms/answers-course.mjs.\nlms:\n  reportAnswers: true\n",
);
console.log(`answers course: ${to}/course.yaml reports results per question`);
