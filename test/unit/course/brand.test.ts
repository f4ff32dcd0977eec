import fc from "fast-check";
import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import {
  backgrounds,
  checkColour,
  nearestPassing,
  needs,
  statusColours,
} from "../../../src/course/brand";

const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`);

describe("brand colours", () => {
  it("passes the site's own colours", () => {
    expect(checkColour("#1f5f8b", "light", "primary")).toBeUndefined();
    expect(checkColour("#8cc4ee", "dark", "primary")).toBeUndefined();
    expect(checkColour("#b35c00", "light", "accent")).toBeUndefined();
  });

  it("suggests only colours that pass against every background of the scheme", () => {
    fc.assert(
      fc.property(
        hex,
        fc.constantFrom("light", "dark" as const),
        fc.constantFrom("primary", "accent" as const),
        (colour, scheme, use) => {
          const nearby = nearestPassing(colour, scheme, needs[use]);
          if (nearby === undefined) return;
          for (const background of Object.values(backgrounds[scheme])) {
            expect(wcagContrast(nearby, background)).toBeGreaterThanOrEqual(needs[use]);
          }
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it("refuses a colour below AA and names the ratio", () => {
    expect(checkColour("#ffd700", "light", "primary")).toMatch(
      /contrast of 1\.\d\d:1 against the light background/,
    );
    expect(checkColour("#222222", "dark", "accent")).toMatch(/focus rings and borders need 3:1/);
  });
});

describe("the design system's status colours", () => {
  it("read as text (4.5:1) on both backgrounds of their scheme, in light and dark", () => {
    for (const scheme of ["light", "dark"] as const) {
      for (const [role, colour] of Object.entries(statusColours[scheme])) {
        for (const background of Object.values(backgrounds[scheme])) {
          expect(
            wcagContrast(colour, background),
            `${scheme} ${role} ${colour} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
