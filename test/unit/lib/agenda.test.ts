import { describe, expect, it } from "vitest";
import {
  agenda,
  clock,
  defaultBreaks,
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
