import { describe, expect, it } from "vitest";
import { MAX_CODES, MAX_CODES_TEXT, splitCodes, splitNamedCodes } from "../../../src/lib/code-list";

const code = "CX-ORI-20261124-AAAA-A";

describe("splitCodes", () => {
  it("reads codes one per line or separated by commas, semicolons, spaces or a space before CX", () => {
    const text = `${code}\r\n${code},${code}; ${code}  ${code} ${code}\n\n cx ori 20261124 aaaa a `;
    expect(splitCodes(text)).toEqual({
      codes: [code, code, code, code, code, code, "cx ori 20261124 aaaa a"],
      more: false,
    });
  });

  it("reads at most 200 codes and says there were more", () => {
    const list = splitCodes(Array.from({ length: 350_000 }, () => code).join("\n"));
    expect(list.codes).toHaveLength(MAX_CODES);
    expect(list.more).toBe(true);
  });

  it("reads 200 codes and no more without saying there were more", () => {
    expect(splitCodes(Array.from({ length: MAX_CODES }, () => code).join("\n")).more).toBe(false);
  });

  it("reads at most 10,000 characters, leaving out a code cut in two", () => {
    const text = `${code}\n${" ".repeat(MAX_CODES_TEXT - code.length - 5)}${code}`;
    expect(splitCodes(text)).toEqual({ codes: [code], more: true });
  });

  it("reads nothing after 10,000 characters, however much follows", () => {
    const text = `${" ".repeat(MAX_CODES_TEXT)}${`${code}\n`.repeat(100_000)}`;
    expect(splitCodes(text)).toEqual({ codes: [], more: true });
  });
});

describe("splitNamedCodes", () => {
  it("reads “Name: code” as one code with its name, and other lines as before", () => {
    const text = `Ana Lopez: ${code}\nJean-Paul Dubois : ${code}, ${code}\n${code}\nNote: nothing here`;
    expect(splitNamedCodes(text)).toEqual({
      codes: [
        { code, name: "Ana Lopez" },
        { code, name: "Jean-Paul Dubois" },
        { code, name: "Jean-Paul Dubois" },
        { code },
        { code: "Note: nothing here" },
      ],
      more: false,
    });
  });

  it("stops at 200 codes and says there were more only when there were", () => {
    const lines = Array.from({ length: MAX_CODES }, (_, index) => `Learner ${index}: ${code}`);
    expect(splitNamedCodes(`${lines.join("\n")}\n\n`).more).toBe(false);
    const over = splitNamedCodes([...lines, `Last: ${code}`].join("\n"));
    expect(over.codes).toHaveLength(MAX_CODES);
    expect(over.more).toBe(true);
  });
});
