import { describe, expect, it } from "vitest";
import {
  CurriculumError,
  findCurriculumProblems,
  modulesInTrack,
  orderModules,
  type CurriculumModule,
} from "../../../src/course/curriculum-rules";
import type { TrackId } from "../../../src/schemas/module";

function module(
  id: string,
  prerequisites: string[] = [],
  options: { order?: number; quizIds?: string[]; tracks?: TrackId[] } = {},
): CurriculumModule {
  return {
    id,
    filePath: `content/modules/${id}.mdx`,
    quizIds: options.quizIds ?? [],
    data: {
      title: id,
      summary: `About ${id}.`,
      tracks: options.tracks ?? ["self-paced"],
      prerequisites,
      minutes: 10,
      activityMinutes: 0,
      passMark: 0.8,
      order: options.order ?? 1,
    },
  };
}

describe("findCurriculumProblems", () => {
  it("finds no problem in a sound curriculum", () => {
    const modules = [module("a", [], { quizIds: ["qa"] }), module("b", ["a"])];
    expect(findCurriculumProblems(modules, new Set(["qa"]))).toEqual([]);
  });

  it("names the file, the field and the ids to choose from for an unknown prerequisite", () => {
    const problems = findCurriculumProblems([module("a"), module("b", ["c"])], new Set());
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/modules/b.mdx: prerequisites names "c", but no module has that id. Write the file name of a module without .mdx, one of: a, b.",
      ]
    `);
  });

  it("reports a module that lists itself", () => {
    const problems = findCurriculumProblems([module("a", ["a"])], new Set());
    expect(problems).toEqual([
      'content/modules/a.mdx: prerequisites lists the module itself ("a"). Remove it.',
    ]);
  });

  it("reports a prerequisite cycle once, with its path", () => {
    const modules = [
      module("a", ["c"]),
      module("b", ["a"]),
      module("c", ["b"]),
      module("d", ["a"]),
    ];
    expect(findCurriculumProblems(modules, new Set())).toMatchInlineSnapshot(`
      [
        "content/modules/a.mdx: prerequisites form a cycle (a → c → b → a). Remove one of these prerequisites so the path has a place to start.",
      ]
    `);
  });

  it("reports a quiz id with no quiz file and says how to create it", () => {
    const problems = findCurriculumProblems(
      [module("a", [], { quizIds: ["nope"] })],
      new Set(["real"]),
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/modules/a.mdx: <Quiz id="nope" /> names no quiz. Create content/quizzes/nope.yaml or use one of: real.",
      ]
    `);
  });

  it("reports a quiz embedded in two modules", () => {
    const modules = [module("a", [], { quizIds: ["q"] }), module("b", [], { quizIds: ["q"] })];
    expect(findCurriculumProblems(modules, new Set(["q"]))).toHaveLength(1);
    expect(findCurriculumProblems(modules, new Set(["q"]))[0]).toContain("content/modules/b.mdx");
  });

  it("joins every problem into one error message", () => {
    const error = new CurriculumError(["one", "two"]);
    expect(error.message).toBe("The curriculum has 2 problems:\n  - one\n  - two");
  });
});

describe("orderModules", () => {
  it("puts every module after its prerequisites, even when order says otherwise", () => {
    const modules = [module("late", [], { order: 9 }), module("early", ["late"], { order: 1 })];
    expect(orderModules(modules).map((m) => m.id)).toEqual(["late", "early"]);
  });

  it("breaks ties by order, then by id", () => {
    const modules = [
      module("c", [], { order: 2 }),
      module("b", [], { order: 1 }),
      module("a", [], { order: 2 }),
    ];
    expect(orderModules(modules).map((m) => m.id)).toEqual(["b", "a", "c"]);
  });

  it("lists only the modules of the asked track", () => {
    const modules = [
      module("a", [], { tracks: ["orientation"] }),
      module("b", ["a"], { tracks: ["leader"] }),
    ];
    expect(modulesInTrack(modules, "leader").map((m) => m.id)).toEqual(["b"]);
  });
});
