import { describe, expect, it } from "vitest";
import {
  componentsIn,
  contextProblems,
  facilitatorNotesIn,
  principleNamesIn,
  quizIdsIn,
  readMdx,
  teamActivitiesIn,
} from "../../../src/course/mdx";

describe("components in a module's MDX", () => {
  it("finds every embedded quiz in order, with either quote style", () => {
    const body = `Intro\n\n<Quiz id="first" />\n\nMore\n\n<Quiz  id='second'/>`;
    expect(quizIdsIn(componentsIn(body))).toEqual(["first", "second"]);
  });

  it("finds nothing in prose, code or comments that only mention a component", () => {
    const body = [
      "A quiz id is a file name.",
      "",
      "```mdx",
      '<Quiz id="in-a-code-block" />',
      "```",
      "",
      'Write `<Quiz id="inline-code" />` to embed one.',
      "",
      '{/* <Quiz id="commented-out" /> */}',
    ].join("\n");
    expect(quizIdsIn(componentsIn(body))).toEqual([]);
  });

  it("reads team activities' id and title in either order, and principle names inside a sentence", () => {
    const body = `## A\n\n<TeamActivity id="story-round" title="A weekly story round" />\n\n<TeamActivity title='Listening hour' id='listening-hour'/>\n\nWe <PrincipleName id="listen-first" /> every day.`;
    const uses = componentsIn(body);
    expect(teamActivitiesIn(uses)).toEqual([
      { id: "story-round", title: "A weekly story round" },
      { id: "listening-hour", title: "Listening hour" },
    ]);
    expect(principleNamesIn(uses)).toEqual(["listen-first"]);
  });

  it("refuses MDX that cannot be parsed", () => {
    expect(() => componentsIn('<Quiz id="a"')).toThrow();
  });
});

describe("facilitator notes", () => {
  it("are read as plain text, paragraphs and list items apart", () => {
    const body = `## Start\n\n<FacilitatorNote>\n\nGive pairs **five** minutes.\n\n- Ask what surprised them.\n- Note it on the board.\n\n</FacilitatorNote>\n`;
    expect(facilitatorNotesIn(componentsIn(body))).toEqual([
      "Give pairs five minutes.\n\nAsk what surprised them.\n\nNote it on the board.",
    ]);
  });
});

describe("a module's outline, for the run sheet", () => {
  it("lists its sections and reads a team activity's setup and steps, facilitator notes left out", () => {
    const body = [
      "## Why it matters",
      "",
      "Prose.",
      "",
      "## Team activity: a story round",
      "",
      "**Time:** 30 minutes. **You need:** a whiteboard.",
      "",
      "1. **Collect (10 minutes).** Ask for stories.",
      "2. Pick one.",
      "",
      "<FacilitatorNote>",
      "",
      "Only for the room.",
      "",
      "</FacilitatorNote>",
      "",
      "Close kindly.",
      "",
      '<TeamActivity id="story-round" title="A story round" />',
      "",
      "## Sources",
    ].join("\n");
    expect(readMdx(body).outline).toEqual({
      headings: ["Why it matters", "Team activity: a story round", "Sources"],
      activities: [
        {
          id: "story-round",
          setup: [
            { label: "Time", text: "30 minutes." },
            { label: "You need", text: "a whiteboard." },
          ],
          blocks: [
            { type: "list", items: ["Collect (10 minutes). Ask for stories.", "Pick one."] },
            { type: "paragraph", text: "Close kindly." },
          ],
        },
      ],
    });
  });
});

describe("plain prose, read without being parsed", () => {
  // Paragraphs of plain words are read without a full parse (src/course/mdx.ts): each case
  // checks the reading is the one a full parse gives, where the words matter or where they
  // could hide something the parser would see.
  it("reads plain paragraphs, headings and one-line components", () => {
    const body = [
      "## Part 1: Listen first",
      "",
      "Plain words here, and more (of them).",
      "A second line of the same paragraph.",
      "",
      "### A smaller heading",
      "",
      `<Quiz id="listening" />`,
      "",
      "Ça se passe ainsi.",
      "",
      "## Élan  ",
      "",
      `<Principles title='Our "three" principles' />`,
    ].join("\n");
    expect(readMdx(body)).toEqual({
      components: [
        { name: "Quiz", props: { id: "listening" }, values: {}, text: "" },
        { name: "Principles", props: { title: 'Our "three" principles' }, values: {}, text: "" },
      ],
      outline: { headings: ["Part 1: Listen first", "Élan"], activities: [] },
    });
  });

  it("keeps the words of plain paragraphs inside a component or a team activity", () => {
    const note = "<FacilitatorNote>\n\nPlain words for the room.\n\n</FacilitatorNote>";
    expect(facilitatorNotesIn(componentsIn(note))).toEqual(["Plain words for the room."]);
    const activity = `## Round\n\nTake turns.\n\nClose kindly.\n\n<TeamActivity id="round" title="A round" />`;
    expect(readMdx(activity).outline.activities).toEqual([
      {
        id: "round",
        setup: [],
        blocks: [
          { type: "paragraph", text: "Take turns." },
          { type: "paragraph", text: "Close kindly." },
        ],
      },
    ]);
  });

  it("sees what plain-looking lines are to the parser: a heading underlined, code, ESM, an expression", () => {
    expect(readMdx("Why it matters\n---\n\nWords.").outline.headings).toEqual(["Why it matters"]);
    expect(quizIdsIn(componentsIn('```\n\n<Quiz id="code" />\n\n```\n\nWords.'))).toEqual([]);
    expect(() => componentsIn("Words.\n\nimport nothing at all\n\nMore words.")).toThrow();
    expect(() => componentsIn("<Video checkpoints={[\n\nnot a value\n\n]} />")).toThrow();
    expect(componentsIn("<Video checkpoints={[\n\nvalue\n\n]} />")[0]?.values).toEqual({
      checkpoints: [undefined],
    });
  });
});

describe("words for one context (<OnTheWeb>, <InThePackage>)", () => {
  const file = "content/modules/start.mdx";

  it("accepts words inline in a sentence and whole paragraphs, with links and principle names", () => {
    const body = [
      "## Where your progress is kept",
      "",
      "Your name <OnTheWeb>stays in this browser</OnTheWeb><InThePackage>stays on this device</InThePackage>.",
      "",
      "<InThePackage>",
      "",
      'Your LMS records it. See [My progress](/progress/) and <PrincipleName id="listen-first" />.',
      "",
      "- one",
      "- two",
      "",
      "</InThePackage>",
    ].join("\n");
    expect(contextProblems(body, file)).toEqual([]);
  });

  it("refuses a heading, a quiz or another context inside, naming the file, the line and the fix", () => {
    const body = [
      "<OnTheWeb>",
      "",
      "## Kept in this browser",
      "",
      '<Quiz id="start" />',
      "",
      "<InThePackage>nested</InThePackage>",
      "",
      "</OnTheWeb>",
    ].join("\n");
    expect(contextProblems(body, file)).toEqual([
      `${file}:3: <OnTheWeb> holds a heading. A module's headings are the same in every context: put the heading outside, in words true on the web and in a package, and keep only the sentences that differ inside.`,
      `${file}:5: <OnTheWeb> holds <Quiz>. Only words go inside it: put <Quiz> outside, where it is the same on the web and in a package.`,
      `${file}:7: <OnTheWeb> holds <InThePackage>. Only words go inside it: put <InThePackage> outside, where it is the same on the web and in a package.`,
    ]);
  });

  it("refuses one inside another component, with attributes, empty, or with the wrong capitals", () => {
    const body = [
      "<FacilitatorNote>",
      "",
      "<InThePackage>Say the LMS keeps it.</InThePackage>",
      "",
      "</FacilitatorNote>",
      "",
      'A <OnTheWeb lang="en">web</OnTheWeb> and <InThePackage></InThePackage> word.',
      "",
      "<Inthepackage>words</Inthepackage>",
    ].join("\n");
    expect(contextProblems(body, file)).toEqual([
      `${file}:3: <InThePackage> is inside <FacilitatorNote>. Put it in the module's own prose, outside any other component.`,
      `${file}:7: <OnTheWeb> takes no attributes: write <OnTheWeb>…</OnTheWeb>.`,
      `${file}:7: <InThePackage> is empty. Write the words for an LMS package inside it, or remove it.`,
      `${file}:9: <Inthepackage> is written <InThePackage>, with those capitals.`,
    ]);
  });

  it("reads nothing in a module that uses neither", () => {
    expect(contextProblems("Plain words about this browser.", file)).toEqual([]);
  });
});
