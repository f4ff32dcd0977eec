import { percent } from "../../lib/labels";
import { t } from "../../i18n/client";
import { fill } from "../../i18n/format";

import type { StoredAnswer } from "./types";

/** The verdict on a scored answer in words and a symbol, never colour alone. */
export function Verdict({ answer }: { answer: StoredAnswer }) {
  if (answer.confidence === "unknown") {
    return <strong class="verdict-unknown">{t.quiz.verdictUnknown}</strong>;
  }
  if (answer.score >= 1) return <strong class="verdict-correct">{t.quiz.verdictCorrect}</strong>;
  if (answer.score > 0) {
    return (
      <strong class="verdict-partial">
        {fill(t.quiz.verdictPartial, { score: percent(answer.score) })}
      </strong>
    );
  }
  return <strong class="verdict-incorrect">{t.quiz.verdictIncorrect}</strong>;
}
