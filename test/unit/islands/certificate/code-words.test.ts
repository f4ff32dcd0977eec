import { describe, expect, it } from "vitest";
import { completionCode, parseCompletionCode } from "../../../../src/lib/completion-code";
import { codeProblemText } from "../../../../src/islands/certificate/code-words";

/* A code's problems and warnings, as the verify and team pages say them (in English here). */

const problemOf = (text: string) => {
  const parsed = parseCompletionCode(text);
  if (parsed.ok) throw new Error(`${text} was read as a code`);
  return codeProblemText(parsed.problem);
};

describe("a completion code in words", () => {
  it("says why a code is not well formed", () => {
    expect(problemOf("hello")).toBe(
      "This is not in the shape of a completion code (CX-ORI-20261124-XXXX-C).",
    );
    expect(problemOf("CX-ABC-20261124-AAAA-A")).toBe(
      "“ABC” is not a track: codes use ORI, LDR, SLF.",
    );
    expect(problemOf("CX-ORI-20261131-AAAA-A")).toBe("2026-11-31 is not a real date.");
    const code = completionCode({ track: "orientation", day: "2026-11-24", moduleIds: ["a"] });
    const mistyped = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    expect(problemOf(mistyped)).toMatch(/check character does not match/);
  });

  it("says why a well-formed code's date cannot be a completion's", () => {
    const today = new Date("2026-12-06T10:00:00Z");
    const dated = (day: string) => {
      const code = completionCode({ track: "leader", day, moduleIds: [] });
      const parsed = parseCompletionCode(code, undefined, today);
      if (parsed.ok) throw new Error(`${code} was read as a code`);
      return codeProblemText(parsed.problem);
    };
    expect(dated("0000-01-01")).toBe(
      "The date 0000-01-01 is before this course existed, so no track can have been finished then: check the date in the code.",
    );
    expect(dated("2099-01-01")).toBe(
      "The date 2099-01-01 has not come yet, so no track can have been finished then: check the date in the code, or the clock of the device that made it.",
    );
  });
});
