import { describe, expect, it } from "vitest";
import { joinEmpathyMap, splitEmpathyMap } from "../../../../src/lib/quiz/empathy-map";

const labels = ["Says", "Thinks", "Does", "Feels"];

describe("an empathy map kept as one text", () => {
  it("labels each filled box and reads them back, empty boxes included", () => {
    const text = joinEmpathyMap(labels, ["“Again?”", "", "Calls twice\n\nthen emails", "Let down"]);
    expect(text).toBe("Says: “Again?”\n\nDoes: Calls twice\n\nthen emails\n\nFeels: Let down");
    expect(splitEmpathyMap(labels, text)).toEqual([
      "“Again?”",
      "",
      "Calls twice\n\nthen emails",
      "Let down",
    ]);
  });

  it("puts text in another shape whole into the first box, losing nothing", () => {
    expect(splitEmpathyMap(labels, "She was upset. Says: nothing.")).toEqual([
      "She was upset. Says: nothing.",
      "",
      "",
      "",
    ]);
  });
});
