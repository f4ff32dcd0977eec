import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../../src/lib/record/record";
import { visibleName, withLearnerName } from "../../../../src/lib/record/learner";

describe("the name on certificates", () => {
  it("is no name at all when it has only zero-width and blank characters", () => {
    for (const blank of [
      "\u200B\u200B\u200B",
      "\u200C\u200D\u2060\uFEFF",
      " \u00A0\u3164\u200B ",
    ]) {
      expect(visibleName(blank)).toBe("");
      expect(withLearnerName({ ...emptyProgress(), learnerName: "Ana" }, blank)).not.toHaveProperty(
        "learnerName",
      );
    }
  });

  it("loses invisible characters at its ends and keeps the rest as typed", () => {
    expect(visibleName("\u200B Ana Ruiz\u200B\u200F ")).toBe("Ana Ruiz");
    expect(withLearnerName(emptyProgress(), "\u200BAna\u200B").learnerName).toBe("Ana");
  });

  it("keeps joiners inside a name and an emoji's presentation at its end", () => {
    expect(visibleName("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(visibleName("Ana \u2764\uFE0F")).toBe("Ana \u2764\uFE0F");
  });
});
