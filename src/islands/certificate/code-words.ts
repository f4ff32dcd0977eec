import type { CodeProblem } from "../../lib/completion-code";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/*
 * A completion code's problems in the page's language (the "verify" group of the
 * page's strings): for the verify page and the team page, which both read codes.
 */

/** Why a code is not well formed, as a sentence. */
export function codeProblemText(problem: CodeProblem): string {
  switch (problem.kind) {
    case "shape":
      return fill(t.verify.notShape, { example: problem.example });
    case "track":
      return fill(t.verify.notTrack, { code: problem.code, codes: problem.codes });
    case "date":
      return fill(t.verify.notDate, { date: problem.date });
    case "check":
      return t.verify.badCheck;
    case "too-early":
      return fill(t.verify.tooEarly, { date: problem.date });
    case "in-future":
      return fill(t.verify.inFuture, { date: problem.date });
  }
}
