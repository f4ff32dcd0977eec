import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completionCode, parseCompletionCode } from "../../../src/lib/completion-code";
import { isCurrentRecord } from "../../../src/lib/record/quick-check";
import { check, progressSchema } from "../../../src/lib/record/schema";
import { emptyProgress } from "../../../src/lib/record/record";
import { courseSchema } from "../../../src/schemas/course";

/** Course files' track lists: one to eight tracks with their own ids and codes. */
const courseTracks = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,8})?$/),
      code: fc.stringMatching(/^[A-Z]{3}$/),
    }),
    { minLength: 1, maxLength: 8, selector: (track) => track.id },
  )
  .filter((tracks) => new Set(tracks.map((track) => track.code)).size === tracks.length);

const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("tracks from any course file", () => {
  it("are what the course schema, the stored record and the quick check accept", () => {
    fc.assert(
      fc.property(courseTracks, (tracks) => {
        const parsed = courseSchema.safeParse({
          organisation: "Any bank",
          title: "Any course",
          colours: {
            light: { primary: "#1f5f8b", accent: "#b35c00" },
            dark: { primary: "#8cc4ee", accent: "#ffb454" },
          },
          help: "help@example.org",
          defaultTrack: tracks[0]!.id,
          tracks: tracks.map((track, order) => ({
            ...track,
            name: `Track ${order}`,
            audience: "Everyone who serves customers.",
            certificateTitle: `Certificate ${order}`,
            order,
          })),
        });
        expect(parsed.success).toBe(true);
        for (const track of tracks) {
          const record = { ...emptyProgress(), track: track.id };
          expect(isCurrentRecord(record)).toBe(true);
          expect(check(progressSchema, record).success).toBe(true);
        }
      }),
      { numRuns: 300, seed: 1501 },
    );
  });

  it("make completion codes that verify as their own track, and no other course's codes pass", () => {
    fc.assert(
      fc.property(
        courseTracks,
        day,
        fc.array(fc.constantFrom("a", "b", "c")),
        (tracks, completed, moduleIds) => {
          // Read on a day after any of them, since a code dated after tomorrow is refused.
          const later = new Date("2100-01-01");
          for (const track of tracks) {
            const code = completionCode({ track: track.id, day: completed, moduleIds }, tracks);
            expect(parseCompletionCode(code, tracks, later)).toMatchObject({
              ok: true,
              track: track.id,
              day: completed,
            });
            const others = tracks.filter((other) => other.id !== track.id);
            if (others.length > 0) expect(parseCompletionCode(code, others, later).ok).toBe(false);
          }
        },
      ),
      { numRuns: 300, seed: 1502 },
    );
  });

  it("still verify codes made before tracks came from the course file", () => {
    // Made by the version before content/course.yaml, one per track.
    const before = {
      orientation: "CX-ORI-20261124-OOS2-K",
      leader: "CX-LDR-20261124-OOS2-M",
      "self-paced": "CX-SLF-20261124-OOS2-P",
    };
    for (const [track, code] of Object.entries(before)) {
      expect(parseCompletionCode(code)).toMatchObject({ ok: true, track, day: "2026-11-24" });
      expect(
        completionCode({
          track,
          day: "2026-11-24",
          moduleIds: ["why-customer-focus", "our-experience-principles"],
        }),
      ).toBe(code);
    }
  });
});
