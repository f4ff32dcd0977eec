import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCharacter,
  completionCode,
  moduleFingerprint,
  parseCompletionCode,
} from "../../../src/lib/completion-code";

const orientation = [
  "how-this-course-works",
  "why-customer-focus",
  "our-experience-principles",
  "empathy-in-practice",
  "voice-of-the-customer",
  "complaints-are-lessons",
];

const code = completionCode({ track: "orientation", day: "2026-11-24", moduleIds: orientation });

describe("completionCode", () => {
  it("has the shape CX-<track>-<date>-<fingerprint>-<check>", () => {
    expect(code).toMatch(/^CX-ORI-20261124-[0-9A-Z]{4}-[0-9A-Z]$/);
  });

  it("is the same for the same facts, whatever the order of the modules", () => {
    const reversed = completionCode({
      track: "orientation",
      day: "2026-11-24",
      moduleIds: [...orientation].reverse(),
    });
    expect(reversed).toBe(code);
  });

  it("changes with the track, the day or the modules", () => {
    const others = [
      completionCode({ track: "leader", day: "2026-11-24", moduleIds: orientation }),
      completionCode({ track: "orientation", day: "2026-11-25", moduleIds: orientation }),
      completionCode({ track: "orientation", day: "2026-11-24", moduleIds: orientation.slice(1) }),
    ];
    for (const other of others) expect(other).not.toBe(code);
  });

  it("pins a known code, so codes already issued keep verifying", () => {
    expect(moduleFingerprint(["a", "b"])).toMatchInlineSnapshot(`"7U2A"`);
    expect(checkCharacter("CXORI20261124ABCD")).toMatchInlineSnapshot(`"J"`);
  });
});

describe("parseCompletionCode", () => {
  it("reads back the track and the day of a code", () => {
    expect(parseCompletionCode(code)).toEqual({
      ok: true,
      code,
      track: "orientation",
      day: "2026-11-24",
      fingerprint: moduleFingerprint(orientation),
    });
  });

  it("forgives lower case, spaces and missing dashes", () => {
    const typed = ` ${code.toLowerCase().replaceAll("-", "")} `;
    expect(parseCompletionCode(typed)).toMatchObject({ ok: true, code });
  });

  it("catches every single mistyped character", () => {
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (let index = 0; index < code.length; index++) {
      if (code[index] === "-") continue;
      for (const replacement of alphabet) {
        if (replacement === code[index]) continue;
        const typo = code.slice(0, index) + replacement + code.slice(index + 1);
        expect(parseCompletionCode(typo).ok, typo).toBe(false);
      }
    }
  });

  it("catches two neighbouring characters swapped", () => {
    const payload = code.replaceAll("-", "");
    for (let index = 2; index < payload.length - 1; index++) {
      if (payload[index] === payload[index + 1]) continue;
      const swapped =
        payload.slice(0, index) + payload[index + 1] + payload[index] + payload.slice(index + 2);
      // Luhn mod N misses one swap in N (the pair whose values differ by N/2 at one position):
      // none occurs in this code.
      expect(parseCompletionCode(swapped).ok, swapped).toBe(false);
    }
  });

  it("accepts every code it makes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("orientation" as const, "leader" as const, "self-paced" as const),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 12 }),
        (track, date, moduleIds) => {
          const day = date.toISOString().slice(0, 10);
          const made = completionCode({ track, day, moduleIds });
          const later = new Date("2100-01-01");
          expect(parseCompletionCode(made, undefined, later)).toMatchObject({
            ok: true,
            track,
            day,
          });
        },
      ),
    );
  });

  it("reads en and em dashes, as Word and Outlook type them, as dashes", () => {
    const code = completionCode({ track: "orientation", day: "2026-11-24", moduleIds: ["a"] });
    expect(parseCompletionCode(code.replaceAll("-", "–"))).toMatchObject({ ok: true, code });
    expect(parseCompletionCode(code.replaceAll("-", "—"))).toMatchObject({ ok: true, code });
  });

  it("refuses a code dated before the year 2000 or after tomorrow, saying why in words", () => {
    const today = new Date("2026-12-06T10:00:00Z");
    const dated = (day: string) =>
      parseCompletionCode(
        completionCode({ track: "leader", day, moduleIds: [] }),
        undefined,
        today,
      );
    expect(dated("0000-01-01")).toMatchObject({
      ok: false,
      problem: { kind: "too-early", date: "0000-01-01" },
    });
    expect(dated("1999-12-31")).toMatchObject({ ok: false });
    expect(dated("2099-01-01")).toMatchObject({
      ok: false,
      problem: { kind: "in-future", date: "2099-01-01" },
    });
    expect(dated("2026-12-08")).toMatchObject({ ok: false });
    // A day's grace for time zones: tomorrow here is today somewhere east.
    expect(dated("2026-12-07")).toMatchObject({ ok: true, day: "2026-12-07" });
    expect(dated("2000-01-01")).toMatchObject({ ok: true, day: "2000-01-01" });
  });

  it("reads a mistyped check character as a typo before it looks at the date", () => {
    const code = completionCode({ track: "leader", day: "2099-01-01", moduleIds: [] });
    const typo = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
    expect(parseCompletionCode(typo)).toMatchObject({ ok: false, problem: { kind: "check" } });
  });

  it("says why a code is not well formed", () => {
    expect(parseCompletionCode("hello").ok).toBe(false);
    expect(parseCompletionCode("hello")).toMatchInlineSnapshot(`
      {
        "code": "HELLO",
        "ok": false,
        "problem": {
          "example": "CX-ORI-20261124-XXXX-C",
          "kind": "shape",
        },
      }
    `);
    const unknownTrack = parseCompletionCode("CX-ABC-20261124-AAAA-A");
    expect(unknownTrack).toMatchInlineSnapshot(`
      {
        "code": "CX-ABC-20261124-AAAA-A",
        "ok": false,
        "problem": {
          "code": "ABC",
          "codes": "ORI, LDR, SLF",
          "kind": "track",
        },
      }
    `);
    const notADate = parseCompletionCode("CX-ORI-20261131-AAAA-A");
    expect(notADate).toMatchInlineSnapshot(`
      {
        "code": "CX-ORI-20261131-AAAA-A",
        "ok": false,
        "problem": {
          "date": "2026-11-31",
          "kind": "date",
        },
      }
    `);
  });
});
