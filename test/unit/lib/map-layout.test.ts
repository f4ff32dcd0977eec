import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  boxHeight,
  boxWidths,
  fitMapLayout,
  largeMapSize,
  layoutMap,
  pathThrough,
  wrappedLines,
  type MapLayout,
  type MapNodeInput,
} from "../../../src/lib/map-layout";
import { realShape } from "./map-fixtures";

/** Every way a layout can break the map's promises, as readable lines; none is what we want. */
function problemsIn(layout: MapLayout, input: readonly MapNodeInput[]): string[] {
  const problems: string[] = [];
  const box = new Map(layout.nodes.map((node) => [node.id, node]));
  const ids = new Set(input.map((node) => node.id));

  for (const node of layout.nodes) {
    if (
      node.x < 0 ||
      node.y < 0 ||
      node.x + node.width > layout.width ||
      node.y + node.height > layout.height
    ) {
      problems.push(`${node.id} sticks out of the map`);
    }
  }
  for (const [index, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(index + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      if (!apart) problems.push(`${a.id} overlaps ${b.id}`);
    }
  }

  const wanted = input.flatMap((node) =>
    [...new Set(node.prerequisites)]
      .filter((id) => ids.has(id) && id !== node.id)
      .map((from) => `${from}>${node.id}`),
  );
  const drawn = layout.edges.map((edge) => `${edge.from}>${edge.to}`);
  if ([...wanted].sort().join() !== [...drawn].sort().join()) {
    problems.push(
      `edges drawn ${drawn.sort().join(" ")} but prerequisites are ${wanted.sort().join(" ")}`,
    );
  }

  for (const edge of layout.edges) {
    const from = box.get(edge.from)!;
    const to = box.get(edge.to)!;
    const name = `${edge.from} → ${edge.to}`;
    if (from.y + from.height > to.y)
      problems.push(`${edge.to} is not below its prerequisite ${edge.from}`);
    const first = edge.points[0]!;
    const last = edge.points.at(-1)!;
    if (first.y !== from.y + from.height || first.x <= from.x || first.x >= from.x + from.width) {
      problems.push(`${name} does not leave from the bottom of ${edge.from}`);
    }
    if (last.y !== to.y || last.x <= to.x || last.x >= to.x + to.width) {
      problems.push(`${name} does not arrive at the top of ${edge.to}`);
    }
    // Each piece of an edge (a line, or a curve whose control points lie inside the rectangle its
    // ends span) stays in that rectangle, so the rectangle must not reach into any box.
    for (const [index, start] of edge.points.slice(0, -1).entries()) {
      const end = edge.points[index + 1]!;
      const left = Math.min(start.x, end.x);
      const right = Math.max(start.x, end.x);
      const top = Math.min(start.y, end.y);
      const bottom = Math.max(start.y, end.y);
      for (const node of layout.nodes) {
        const inside = 0.5; // positions are rounded to a tenth of a pixel
        if (
          left < node.x + node.width - inside &&
          right > node.x + inside &&
          top < node.y + node.height - inside &&
          bottom > node.y + inside
        ) {
          problems.push(`${name} crosses ${node.id}`);
        }
      }
    }
  }
  return problems;
}

const boxes = (graph: Record<string, string[]>, height = 100): MapNodeInput[] =>
  Object.entries(graph).map(([id, prerequisites]) => ({ id, prerequisites, width: 208, height }));

describe("layoutMap", () => {
  it("lays out a 13-module curriculum shaped like the real one without overlaps or crossed boxes", () => {
    const input = boxes(realShape);
    const layout = layoutMap(input);
    expect(problemsIn(layout, input)).toEqual([]);
    expect(layout.edges).toHaveLength(17);
  });

  it("keeps the modules in the order given, at the size given", () => {
    const input = boxes(realShape).map((node, index) => ({ ...node, height: 90 + index * 5 }));
    const layout = layoutMap(input);
    expect(layout.nodes.map(({ id, width, height }) => ({ id, width, height }))).toEqual(
      input.map(({ id, width, height }) => ({ id, width, height })),
    );
  });

  it("places the test fixture curriculum with its one prerequisite drawn", () => {
    const dir = "test/fixtures/valid/modules";
    const input = readdirSync(dir).map((file) => {
      const front = parse(readFileSync(join(dir, file), "utf8").split("---")[1]!) as {
        prerequisites: string[];
      };
      return {
        id: file.replace(/\.mdx$/, ""),
        prerequisites: front.prerequisites,
        width: 208,
        height: 110,
      };
    });
    const layout = layoutMap(input);
    expect(problemsIn(layout, input)).toEqual([]);
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(["start>next"]);
  });

  it("ignores prerequisites naming modules that are not there, and repeated ones", () => {
    const input = boxes({ a: [], b: ["a", "a", "gone"] });
    const layout = layoutMap(input);
    expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(["a>b"]);
    expect(problemsIn(layout, input)).toEqual([]);
  });

  it("lays out a curriculum too large for a screen in one pass, still without overlaps", () => {
    // Each module needs the one three places before it and, every fifth, the one before that.
    const graph: Record<string, string[]> = {};
    for (let index = 0; index < 120; index++) {
      graph[`m${index}`] = [
        ...(index >= 3 ? [`m${index - 3}`] : []),
        ...(index % 5 === 0 && index > 0 ? [`m${index - 1}`] : []),
      ];
    }
    const input = boxes(graph);
    expect(input.length).toBeGreaterThan(largeMapSize);
    expect(problemsIn(layoutMap(input), input)).toEqual([]);
  });

  it("gives an empty map for no modules", () => {
    expect(layoutMap([])).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
  });

  it("keeps boxes apart and edges clear of boxes in any prerequisite graph", () => {
    const graphs = fc
      .integer({ min: 1, max: 18 })
      .chain((size) =>
        fc.tuple(
          fc.array(fc.array(fc.nat(size), { maxLength: 4 }), { minLength: size, maxLength: size }),
          fc.array(fc.integer({ min: 60, max: 180 }), { minLength: size, maxLength: size }),
        ),
      )
      .map(([links, heights]) =>
        links.map((targets, index): MapNodeInput => ({
          id: `m${index}`,
          // Only earlier modules can be prerequisites, so the graph has no cycle.
          prerequisites: targets.filter((target) => target < index).map((target) => `m${target}`),
          width: 176,
          height: heights[index]!,
        })),
      );
    fc.assert(
      fc.property(graphs, (input) => {
        expect(problemsIn(layoutMap(input), input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("fitMapLayout", () => {
  const text = { title: "A module with a title", details: ["10 min", "Not started"] };
  const modules = Object.entries(realShape).map(([id, prerequisites]) => ({
    id,
    prerequisites,
    text,
  }));

  it("uses the widest boxes when the map fits the budget", () => {
    expect(fitMapLayout(modules, 5000).nodes[0]!.width).toBe(boxWidths[0]);
  });

  it("narrows the boxes until the map fits", () => {
    const widest = fitMapLayout(modules, 5000).width;
    const layout = fitMapLayout(modules, widest - 1);
    expect(layout.nodes[0]!.width).toBeLessThan(boxWidths[0]);
    expect(layout.width).toBeLessThan(widest);
  });

  it("falls back to the narrowest map when nothing fits", () => {
    const layout = fitMapLayout(modules, 10);
    expect(layout.nodes[0]!.width).toBe(boxWidths.at(-1));
    expect(
      problemsIn(
        layout,
        layout.nodes.map((node) => ({ ...node, prerequisites: realShape[node.id]! })),
      ),
    ).toEqual([]);
  });
});

describe("box sizes", () => {
  it("counts wrapped lines at word boundaries and after hyphens", () => {
    expect(wrappedLines("Why customer focus", 20)).toBe(1);
    expect(wrappedLines("Why customer focus", 12)).toBe(2);
    expect(wrappedLines("Customer-centered sharing", 10)).toBe(3);
    expect(wrappedLines("Supercalifragilistic", 10)).toBe(2);
  });

  it("makes a box taller for a longer title or status, and for a narrower box", () => {
    const short = { title: "Short", details: ["10 min", "Not started"] };
    const long = {
      title: "Socializing customer focus: communicate, train, reinforce",
      details: ["10 min", "Start after Why customer focus and Our experience principles"],
    };
    expect(boxHeight(long, 208)).toBeGreaterThan(boxHeight(short, 208));
    expect(boxHeight(long, 176)).toBeGreaterThan(boxHeight(long, 208));
  });
});

describe("pathThrough", () => {
  it("draws straight down where x stays and curves between layers where it changes", () => {
    expect(
      pathThrough([
        { x: 10, y: 0 },
        { x: 10, y: 20 },
        { x: 50, y: 60 },
      ]),
    ).toBe("M10 0V20C10 40 50 40 50 60");
  });
});
