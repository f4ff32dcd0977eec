import { percent } from "../labels";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

import type { StoredAnswer } from "./types";

/** How an answer went, as the question's card and its feedback panel show it. */
export type VerdictKind = "correct" | "partial" | "incorrect" | "unknown";

export function verdictOf(answer: StoredAnswer | undefined): VerdictKind | undefined {
  if (!answer) return undefined;
  if (answer.confidence === "unknown") return "unknown";
  if (answer.score >= 1) return "correct";
  return answer.score > 0 ? "partial" : "incorrect";
}

/** The verdict on a scored answer in words and a symbol, never colour alone. */
export function Verdict({ answer }: { answer: StoredAnswer }) {
  const kind = verdictOf(answer);
  const words =
    kind === "unknown"
      ? t.quiz.verdictUnknown
      : kind === "correct"
        ? t.quiz.verdictCorrect
        : kind === "partial"
          ? fill(t.quiz.verdictPartial, { score: percent(answer.score) })
          : t.quiz.verdictIncorrect;
  return <strong class={`verdict-${kind}`}>{words}</strong>;
}
