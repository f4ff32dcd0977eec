import type { StoredAnswer } from "./types";

/** How an answer went, as the question's card and its feedback panel show it. */
export type VerdictKind = "correct" | "partial" | "incorrect" | "unknown";

export function verdictOf(answer: StoredAnswer | undefined): VerdictKind | undefined {
  if (!answer) return undefined;
  if (answer.confidence === "unknown") return "unknown";
  if (answer.score >= 1) return "correct";
  return answer.score > 0 ? "partial" : "incorrect";
}
