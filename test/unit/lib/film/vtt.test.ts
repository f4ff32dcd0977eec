import { describe, expect, it } from "vitest";
import { clock, clockTime, parseVtt, vttTime } from "../../../../src/lib/film/vtt";

describe("parseVtt", () => {
  it("reads cues with ids, settings, tags, entities and notes, in order of their start", () => {
    const reading = parseVtt(
      "\uFEFFWEBVTT - a film\r\n\r\nNOTE made by hand\r\n\r\n2\r\n00:00:05.000 --> 00:00:07.500 line:2 position:40%\r\n<v Rosa>Fish &amp; chips</v>\r\nplease\r\n\r\n00:01.000 --> 00:03.000\r\n<i>First</i>\r\n",
    );
    expect(reading).toEqual({
      ok: true,
      cues: [
        { start: 1, end: 3, text: "First" },
        { start: 5, end: 7.5, text: "Fish & chips please" },
      ],
    });
  });

  it("refuses a file that is not WebVTT, saying why", () => {
    const srt = parseVtt("1\n00:00:01,000 --> 00:00:02,000\nHello\n");
    expect(srt).toEqual({ ok: false, problem: 'it does not start with the line "WEBVTT"' });
    const commas = parseVtt("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHello\n");
    expect(commas.ok).toBe(false);
    expect(!commas.ok && commas.problem).toContain("is not a cue time");
    const backwards = parseVtt("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHello\n");
    expect(!backwards.ok && backwards.problem).toContain("ends before it starts");
    const noTiming = parseVtt("WEBVTT\n\nHello there\nGeneral\n");
    expect(!noTiming.ok && noTiming.problem).toContain('has no "start --> end" line');
  });

  it("reads the film's own caption, chapter and description files in both languages", async () => {
    const { readFileSync } = await import("node:fs");
    for (const kind of ["captions", "chapters", "descriptions"]) {
      for (const lang of ["en", "fr"]) {
        const reading = parseVtt(readFileSync(`public/films/empathy/${kind}.${lang}.vtt`, "utf8"));
        expect(reading.ok, `${kind}.${lang}.vtt`).toBe(true);
        expect(reading.ok && reading.cues.length).toBeGreaterThan(3);
      }
    }
  });
});

describe("times", () => {
  it("reads WebVTT times and the times authors write, and refuses others", () => {
    expect(vttTime("01:02:03.250")).toBe(3723.25);
    expect(vttTime("02:03.250")).toBe(123.25);
    expect(vttTime("2:3.25")).toBeNaN();
    expect(clockTime("1:20")).toBe(80);
    expect(clockTime("75")).toBe(75);
    expect(clockTime("1:02:03")).toBe(3723);
    expect(clockTime("1:75")).toBeNaN();
    expect(clockTime("soon")).toBeNaN();
    expect(clock(80)).toBe("1:20");
    expect(clock(3723)).toBe("1:02:03");
  });
});
