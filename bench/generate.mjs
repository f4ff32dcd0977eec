/**
 * Synthetic curricula for the build benchmark: N modules in a DAG of prerequisites, each with
 * prose about as long as a real module and one quiz holding a question of every type.
 * Deterministic: the same count and seed always write the same files, so timings compare.
 *
 *   node bench/generate.mjs <dir> <count>
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const tracks = ["orientation", "leader", "self-paced"];

// Plain words so Pagefind indexes something like real prose, not one repeated token.
const vocabulary = (
  "customer colleague listen promise follow call message team routine habit question answer " +
  "problem fix learn share story reason change week month visit delivery order refund wait " +
  "queue phone email chat store office leader manager coach feedback survey complaint praise " +
  "trust time effort detail handover note record meeting review plan goal measure result " +
  "service product price invoice account address parcel engineer booking reminder apology " +
  "explain notice remember repeat improve simple clear honest warm early late quick slow " +
  "small large every some many first next last new old better worse usual rare daily weekly"
).split(" ");

/** A small seeded generator (mulberry32): fast, and the same sequence for the same seed. */
function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = "ka ro mi ten sul va dor pe lin gra fo be ri zu mar tal no shi".split(" ");

/** A made-up word now and then, so the search index grows with the content as real prose would. */
function word(random) {
  if (random() < 0.1) {
    return Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join(
      "",
    );
  }
  return vocabulary[Math.floor(random() * vocabulary.length)];
}

function sentence(random, words) {
  const picked = Array.from({ length: words }, () => word(random));
  const text = picked.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random) {
  return Array.from({ length: 5 }, () => sentence(random, 8 + Math.floor(random() * 10))).join(" ");
}

const idOf = (index) => `module-${String(index).padStart(4, "0")}`;

/**
 * Prerequisites drawn from the twenty modules before this one, so the graph is a DAG with
 * depth that grows with the curriculum, as a real one would. Only from modules in the same
 * tracks (every third one, see moduleFile): a track must hold its modules' prerequisites.
 */
function prerequisitesOf(index, random) {
  const candidates = [];
  for (let before = index - 3; before >= 0 && before >= index - 20; before -= 3) {
    candidates.push(before);
  }
  if (candidates.length === 0) return [];
  const count = Math.min(candidates.length, 1 + Math.floor(random() * 3));
  const chosen = new Set();
  while (chosen.size < count) {
    chosen.add(candidates[Math.floor(random() * candidates.length)]);
  }
  return [...chosen].sort((a, b) => a - b).map(idOf);
}

function moduleFile(index, random) {
  const id = idOf(index);
  const moduleTracks = tracks.filter((_, trackIndex) => (index + trackIndex) % 3 !== 2);
  const sections = Array.from({ length: 5 }, (_, section) =>
    [
      `## Part ${section + 1}: ${sentence(random, 3).slice(0, -1)}`,
      paragraph(random),
      paragraph(random),
    ].join("\n\n"),
  );
  return `---
title: Synthetic module ${index + 1}
summary: ${sentence(random, 12)}
tracks: [${moduleTracks.join(", ")}]
prerequisites: [${prerequisitesOf(index, random).join(", ")}]
minutes: ${5 + (index % 20)}
activityMinutes: ${index % 4 === 0 ? 10 : 0}
order: ${index + 1}
---

${sections.slice(0, 3).join("\n\n")}
${index % 10 === 0 ? "\n<Principles />\n" : ""}
${sections.slice(3).join("\n\n")}

<Quiz id="${id}" />
`;
}

const option = (id, text, feedback, correct = false) => ({ id, text, correct, feedback });

/** One question of every type the quiz schema knows, so every renderer is in the build. */
function quizOf(index, random) {
  const say = (words = 8) => sentence(random, words);
  return {
    title: "Check your understanding",
    confidence: index % 2 === 0,
    questions: [
      {
        id: "single",
        type: "single",
        prompt: say(),
        explanation: say(12),
        options: [
          option("right", say(), say(14), true),
          option("wrong", say(), say(14)),
          option("other", say(), say(14)),
        ],
      },
      {
        id: "multiple",
        type: "multiple",
        prompt: say(),
        options: [
          option("one", say(), say(14), true),
          option("two", say(), say(14), true),
          option("three", say(), say(14)),
          option("four", say(), say(14)),
        ],
      },
      {
        id: "true-false",
        type: "true-false",
        prompt: say(),
        answer: index % 2 === 0,
        ifTrue: say(14),
        ifFalse: say(14),
      },
      {
        id: "ordering",
        type: "ordering",
        prompt: say(),
        items: ["first", "second", "third", "fourth"].map((id) => ({ id, text: say(5) })),
        feedback: say(14),
      },
      {
        id: "matching",
        type: "matching",
        prompt: say(),
        pairs: ["a", "b", "c"].map((id) => ({
          id,
          left: say(3),
          right: say(5),
          feedback: say(12),
        })),
      },
      {
        id: "scenario",
        type: "scenario",
        prompt: say(),
        steps: [
          {
            id: "start",
            text: say(20),
            choices: [
              { id: "listen", text: say(), feedback: say(12), next: "follow-up" },
              { id: "rush", text: say(), feedback: say(12), outcome: "lost" },
            ],
          },
          {
            id: "follow-up",
            text: say(20),
            choices: [
              { id: "promise", text: say(), feedback: say(12), outcome: "kept" },
              { id: "vague", text: say(), feedback: say(12), outcome: "lost" },
            ],
          },
        ],
        outcomes: [
          { id: "kept", title: say(3), debrief: say(20), score: 1 },
          { id: "lost", title: say(3), debrief: say(20), score: 0.25 },
        ],
      },
      { id: "reflection", type: "reflection", prompt: say(), hint: say(10) },
      {
        id: "scale",
        type: "scale",
        prompt: say(),
        dimensions: [
          { id: "listening", name: "Listening", description: say(10) },
          { id: "follow-through", name: "Follow-through", description: say(10) },
        ],
        statements: [
          { id: "s1", text: say(), dimension: "listening" },
          { id: "s2", text: say(), dimension: "listening" },
          { id: "s3", text: say(), dimension: "follow-through" },
        ],
      },
    ],
  };
}

const principles = `- id: listen-first
  name: Listen first
  summary: Understand what the customer needs before you act.
  inPractice: Repeat the request back before you start solving it.
- id: keep-promises
  name: Keep promises
  summary: Say what you will do, then do it when you said.
  inPractice: Put every promised call-back in the shared calendar.
`;

/**
 * Write a curriculum of `count` modules into `dir` (emptied first). JSON is valid YAML, and
 * writing it needs no YAML library.
 */
export function generateCurriculum(dir, count, seed = 20240611) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "modules"), { recursive: true });
  mkdirSync(join(dir, "quizzes"), { recursive: true });
  writeFileSync(join(dir, "principles.yaml"), principles);
  // The real course file: its tracks are the ones the synthetic modules name.
  copyFileSync("content/course.yaml", join(dir, "course.yaml"));
  const random = randomFrom(seed);
  for (let index = 0; index < count; index++) {
    const id = idOf(index);
    writeFileSync(join(dir, "modules", `${id}.mdx`), moduleFile(index, random));
    writeFileSync(
      join(dir, "quizzes", `${id}.yaml`),
      `${JSON.stringify(quizOf(index, random), null, 2)}\n`,
    );
  }
  return { dir, count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !Number.isInteger(Number(count)) || Number(count) < 1) {
    console.error("usage: node bench/generate.mjs <dir> <count>");
    process.exit(2);
  }
  generateCurriculum(resolve(dir), Number(count));
  console.log(`wrote ${count} modules to ${resolve(dir)}`);
}
