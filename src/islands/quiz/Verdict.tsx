import { percent } from "../../lib/labels";
import type { StoredAnswer } from "./types";

/** The verdict on a scored answer in words and a symbol, never colour alone. */
export function Verdict({ answer }: { answer: StoredAnswer }) {
  if (answer.confidence === "unknown") {
    return <strong class="verdict-unknown">? You said you don't know.</strong>;
  }
  if (answer.score >= 1) return <strong class="verdict-correct">✓ Correct.</strong>;
  if (answer.score > 0) {
    return <strong class="verdict-partial">◐ Partly right ({percent(answer.score)}).</strong>;
  }
  return <strong class="verdict-incorrect">✗ Not quite.</strong>;
}
