import { describe, expect, it } from "vitest";
import { quizSchema, type QuestionOf } from "../../../../src/schemas/quiz";
import { calibrate } from "../../../../src/lib/quiz/results";
import { scaleProfile } from "../../../../src/lib/quiz/scale";
import { describeCalibration } from "../../../../src/islands/quiz/calibration-words";
import type { Progress } from "../../../../src/lib/record/record";

type StoredAnswer = Progress["quizzes"][string]["answers"][string];

const answer = (correct: boolean, confidence?: StoredAnswer["confidence"]): StoredAnswer => ({
  value: "x",
  score: correct ? 1 : 0,
  correct,
  ...(confidence ? { confidence } : {}),
  answeredAt: "2026-11-24T10:00:00.000Z",
});

describe("calibrate", () => {
  it("counts right answers for each level of confidence", () => {
    const answers = {
      a: answer(true, "sure"),
      b: answer(false, "sure"),
      c: answer(true, "unsure"),
      d: answer(false, "unknown"),
    };
    expect(calibrate(answers, ["a", "b", "c", "d"])).toEqual({
      sure: { right: 1, total: 2 },
      unsure: { right: 1, total: 1 },
      unknown: { right: 0, total: 1 },
    });
  });

  it("leaves out unscored questions and answers without a confidence", () => {
    const answers = { a: answer(true, "sure"), scale: answer(true, "sure"), b: answer(true) };
    expect(calibrate(answers, ["a", "b"])?.sure).toEqual({ right: 1, total: 1 });
  });

  it("says nothing when no answer carries a confidence", () => {
    expect(calibrate({ a: answer(true) }, ["a"])).toBeUndefined();
  });
});

describe("describeCalibration", () => {
  it("says a sure-but-wrong tally once, in one sentence that asks for a second look", () => {
    const lines = describeCalibration({
      sure: { right: 2, total: 3 },
      unsure: { right: 0, total: 0 },
      unknown: { right: 0, total: 0 },
    });
    expect(lines).toEqual([
      "You were sure of 3 answers, and 2 were right. Being sure makes a mistake easy to miss, so that one deserves a second look.",
    ]);
    expect(
      describeCalibration({
        sure: { right: 0, total: 3 },
        unsure: { right: 0, total: 0 },
        unknown: { right: 0, total: 0 },
      }),
    ).toEqual([
      "You were sure of 3 answers, and none was right. Being sure makes a mistake easy to miss, so those 3 deserve a second look.",
    ]);
  });

  it("praises well-placed confidence, notices hidden knowledge and honours I don't know", () => {
    const lines = describeCalibration({
      sure: { right: 2, total: 2 },
      unsure: { right: 2, total: 3 },
      unknown: { right: 0, total: 2 },
    });
    expect(lines).toEqual([
      "You were sure of 2 answers, and all were right: your confidence was well placed.",
      "You were unsure of 3 answers, and 2 were right: you know more than you thought.",
      "You said “I don't know” twice. That is an honest answer: the explanation is there for you to read.",
    ]);
  });

  it("says nothing more of doubts that were not right", () => {
    expect(
      describeCalibration({
        sure: { right: 0, total: 0 },
        unsure: { right: 0, total: 1 },
        unknown: { right: 0, total: 0 },
      }),
    ).toEqual(["You were unsure of 1 answer, and it was not right."]);
  });
});

describe("scaleProfile", () => {
  const scale = quizSchema.parse({
    questions: [
      {
        id: "self",
        type: "scale",
        prompt: "Rate these",
        dimensions: [
          { id: "listen", name: "Listening", description: "You hear people out." },
          { id: "act", name: "Acting", description: "You follow through." },
          { id: "share", name: "Sharing", description: "You pass on what you learn." },
        ],
        statements: [
          { id: "s1", text: "I let people finish.", dimension: "listen" },
          { id: "s2", text: "I sum up what I heard.", dimension: "listen" },
          { id: "s3", text: "I call back when I said I would.", dimension: "act" },
          { id: "s4", text: "I write down what I learn.", dimension: "share" },
        ],
      },
    ],
  }).questions[0] as QuestionOf<"scale">;

  it("gives each dimension the mean of its ratings and the nearest label", () => {
    const profile = scaleProfile(scale, { s1: 4, s2: 5, s3: 2 });
    expect(profile.map(({ id, average, label }) => ({ id, average, label }))).toEqual([
      { id: "listen", average: 4.5, label: "Always" },
      { id: "act", average: 2, label: "Rarely" },
    ]);
  });

  it("ignores ratings outside the scale", () => {
    expect(scaleProfile(scale, { s1: 9, s2: 0, s3: "x", s4: 1 }).map(({ id }) => id)).toEqual([
      "share",
    ]);
  });
});
