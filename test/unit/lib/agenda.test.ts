import { describe, expect, it } from "vitest";
import {
  agenda,
  clock,
  defaultBreaks,
  moduleSlots,
  parseClock,
  type AgendaModule,
} from "../../../src/lib/agenda";

const modules: AgendaModule[] = [
  { id: "a", title: "A", lessonMinutes: 30, activityMinutes: 0 },
  { id: "b", title: "B", lessonMinutes: 20, activityMinutes: 45, activityTitle: "Habits" },
  { id: "c", title: "C", lessonMinutes: 60, activityMinutes: 0 },
];

describe("the day's agenda", () => {
  it("runs the modules, their team activities and the breaks back to back from the start time", () => {
    const items = agenda(modules, parseClock("09:30")!, { b: 15 });
    expect(
      items.map((item) => `${clock(item.start)}-${clock(item.end)} ${item.kind} ${item.title}`),
    ).toEqual([
      "09:30-10:00 module A",
      "10:00-10:20 module B",
      "10:20-11:05 activity Habits",
      "11:05-11:20 break ",
      "11:20-12:20 module C",
    ]);
  });

  it("puts no break after the last module", () => {
    expect(agenda(modules, 540, { c: 30 }).some((item) => item.kind === "break")).toBe(false);
  });

  it("by default breaks for lunch from a quarter to twelve, and before a stretch of over two hours", () => {
    const day: AgendaModule[] = [
      { id: "m1", title: "1", lessonMinutes: 60, activityMinutes: 0 },
      { id: "m2", title: "2", lessonMinutes: 50, activityMinutes: 0 },
      { id: "m3", title: "3", lessonMinutes: 60, activityMinutes: 30 },
      { id: "m4", title: "4", lessonMinutes: 30, activityMinutes: 0 },
    ];
    // 09:00 m1 10:00 m2 10:50 (110 + 90 > 120: break) 11:05 m3 12:35 (lunch) m4
    expect(defaultBreaks(day, 540)).toEqual({ m2: 15, m3: 45 });
  });

  it("reads and writes clock times, refusing what is not one", () => {
    expect(parseClock("9:05")).toBe(545);
    expect(parseClock("24:00")).toBeUndefined();
    expect(parseClock("nine")).toBeUndefined();
    expect(clock(24 * 60 + 15)).toBe("00:15");
  });
});

describe("times a facilitator would announce", () => {
  it("rounds every length and the start to five minutes, so every time is a multiple of five", () => {
    const odd: AgendaModule[] = [
      { id: "x", title: "X", lessonMinutes: 16, activityMinutes: 20, activityTitle: "Pull" },
      { id: "y", title: "Y", lessonMinutes: 2, activityMinutes: 0 },
      { id: "z", title: "Z", lessonMinutes: 33, activityMinutes: 42 },
    ];
    const items = agenda(odd, parseClock("09:03")!, { x: 10 });
    expect(items.map((item) => `${clock(item.start)}-${clock(item.end)}`)).toEqual([
      "09:05-09:20",
      "09:20-09:40",
      "09:40-09:50",
      "09:50-09:55",
      "09:55-10:30",
      "10:30-11:10",
    ]);
    for (const item of items) {
      expect(item.start % 5).toBe(0);
      expect(item.end % 5).toBe(0);
    }
  });

  it("gives each module one slot, from its start to the end of its team activity", () => {
    const slots = moduleSlots(agenda(modules, 540, { a: 15 }));
    expect([...slots].map(([id, slot]) => `${id} ${clock(slot.start)}-${clock(slot.end)}`)).toEqual(
      ["a 09:00-09:30", "b 09:45-10:50", "c 10:50-11:50"],
    );
  });
});
