import dagre, {
  type EdgeLabel,
  type Graph as DagreGraph,
  type GraphLabel,
  type NodeLabel,
} from "@dagrejs/dagre";

/*
 * The learning map's layout, computed once at build time from the prerequisite graph.
 *
 * dagre places modules in layers (every module below its prerequisites) and orders each layer to
 * keep crossings few. It also threads every long edge through its own gap in the layers it passes.
 * We keep dagre's positions and route the edges ourselves, so that an edge is vertical wherever it
 * passes a layer and bends only in the empty space between layers: that way no edge can cross a
 * module's box, whatever the graph. This file never ships to the browser; the island gets the
 * result as plain numbers.
 */

/** A module as the layout needs it: its box size and the modules that come before it. */
export interface MapNodeInput {
  id: string;
  width: number;
  height: number;
  prerequisites: readonly string[];
}

/** A point in layout pixels (16 to the rem), origin at the map's top left. */
export interface MapPoint {
  x: number;
  y: number;
}

/** A module's box on the map; x and y are its top-left corner. */
export interface MapNodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A prerequisite drawn as an arrow from `from` to `to`. */
export interface MapEdge {
  from: string;
  to: string;
  /** Waypoints: vertical runs through layers, bends only between layers. */
  points: MapPoint[];
  /** SVG path data through the points, curved between layers. */
  path: string;
}

/** The whole map: its size and every box and edge, boxes in the order they were given. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNodeBox[];
  edges: MapEdge[];
}

/** Gaps between boxes, in layout pixels. */
export interface MapSpacing {
  /** Between boxes side by side. */
  nodeGap: number;
  /** Between an edge passing a layer and the boxes beside it. */
  edgeGap: number;
  /** Between layers. */
  layerGap: number;
  /** Around the whole map. */
  margin: number;
}

/** Spacing that leaves room for arrows and a "Next up" badge above a box. */
export const defaultSpacing: MapSpacing = { nodeGap: 24, edgeGap: 16, layerGap: 64, margin: 12 };

// dagre balances four alignments by default; on some graphs one of them alone is much narrower.
const alignments = [undefined, "DL", "DR", "UL", "UR"] as const;

/**
 * Beyond this many modules a map cannot fit a screen whatever we try, and each extra dagre run
 * costs seconds (the build grew faster than linearly): lay it out once, with the narrowest boxes,
 * and rank with a tight tree. dagre's default ranker (network simplex) grows worse than
 * quadratically: 5.4 s for 800 modules against 1.1 s with the tight tree, for as tall and no
 * wider a map.
 */
export const largeMapSize = 40;

type Graph = DagreGraph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * Lay out modules as a top-down map: every module below its prerequisites, no boxes overlapping,
 * edges clear of every box. Prerequisites that name no given module are ignored.
 */
export function layoutMap(
  nodes: readonly MapNodeInput[],
  spacing: MapSpacing = defaultSpacing,
): MapLayout {
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const ids = new Set(nodes.map((node) => node.id));
  const links = nodes.flatMap((node) =>
    [...new Set(node.prerequisites)]
      .filter((from) => from !== node.id && ids.has(from))
      .map((from) => ({ from, to: node.id })),
  );

  const tried = nodes.length > largeMapSize ? alignments.slice(0, 1) : alignments;
  const graph = tried
    .map((align) => runDagre(nodes, links, spacing, align))
    .reduce((narrowest, next) =>
      next.graph().width! < narrowest.graph().width! ? next : narrowest,
    );

  const boxes = nodes.map((node): MapNodeBox => {
    const { x, y } = graph.node(node.id);
    return {
      id: node.id,
      x: round(x! - node.width / 2),
      y: round(y! - node.height / 2),
      width: node.width,
      height: node.height,
    };
  });
  const edges = routeEdges(graph, boxes, links);
  return {
    width: round(graph.graph().width!),
    height: round(graph.graph().height!),
    nodes: boxes,
    edges,
  };
}

function runDagre(
  nodes: readonly MapNodeInput[],
  links: readonly { from: string; to: string }[],
  spacing: MapSpacing,
  align: (typeof alignments)[number],
): Graph {
  const graph: Graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  graph.setGraph({
    rankdir: "TB",
    ranker: nodes.length > largeMapSize ? "tight-tree" : "network-simplex",
    ...(align ? { align } : {}),
    nodesep: spacing.nodeGap,
    edgesep: spacing.edgeGap,
    ranksep: spacing.layerGap,
    marginx: spacing.margin,
    marginy: spacing.margin,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const link of links) graph.setEdge(link.from, link.to);
  dagre.layout(graph);
  return graph;
}

/** A horizontal slice of the map holding one layer of boxes. */
interface Layer {
  top: number;
  bottom: number;
}

function routeEdges(
  graph: Graph,
  boxes: readonly MapNodeBox[],
  links: readonly { from: string; to: string }[],
): MapEdge[] {
  const boxById = new Map(boxes.map((box) => [box.id, box]));
  const layerByCentre = new Map<number, Layer>();
  for (const box of boxes) {
    const centre = graph.node(box.id).y!; // the same number for every box in a layer
    const layer = layerByCentre.get(centre);
    layerByCentre.set(centre, {
      top: Math.min(layer?.top ?? Infinity, box.y),
      bottom: Math.max(layer?.bottom ?? -Infinity, box.y + box.height),
    });
  }
  const layers = [...layerByCentre.values()].sort((a, b) => a.top - b.top);
  const layerOf = (box: MapNodeBox) => layerByCentre.get(graph.node(box.id).y!)!;

  // Where each edge passes the layers between its ends: dagre's waypoint inside that layer.
  const crossings = links.map((link) => {
    const points = graph.edge(link.from, link.to).points ?? [];
    const fromLayer = layerOf(boxById.get(link.from)!);
    const toLayer = layerOf(boxById.get(link.to)!);
    return layers
      .filter((layer) => layer.top > fromLayer.top && layer.top < toLayer.top)
      .map((layer) => {
        const inside = points.find((point) => point.y >= layer.top && point.y <= layer.bottom);
        if (!inside)
          throw new Error(`No waypoint for ${link.from} → ${link.to} in a layer it passes`);
        return { x: round(inside.x), layer };
      });
  });

  // Spread the arrows leaving (and reaching) one box along its edge, in the order they head off.
  const ports = (side: "from" | "to") => {
    const portX = new Map<number, number>();
    for (const box of boxes) {
      const mine = links
        .map((link, index) => ({ link, index }))
        .filter(({ link }) => link[side] === box.id);
      const heading = ({ link, index }: { link: (typeof links)[number]; index: number }) => {
        const route = crossings[index]!;
        const near = side === "from" ? route[0] : route.at(-1);
        const other = boxById.get(side === "from" ? link.to : link.from)!;
        return near?.x ?? other.x + other.width / 2;
      };
      mine.sort((a, b) => heading(a) - heading(b) || a.index - b.index);
      mine.forEach(({ index }, position) => {
        const share = mine.length === 1 ? 0.5 : 0.25 + (0.5 * position) / (mine.length - 1);
        portX.set(index, round(box.x + box.width * share));
      });
    }
    return portX;
  };
  const outPorts = ports("from");
  const inPorts = ports("to");

  return links.map((link, index) => {
    const from = boxById.get(link.from)!;
    const to = boxById.get(link.to)!;
    const startX = outPorts.get(index)!;
    const endX = inPorts.get(index)!;
    const points = dedupe([
      { x: startX, y: from.y + from.height },
      { x: startX, y: layerOf(from).bottom },
      ...crossings[index]!.flatMap(({ x, layer }) => [
        { x, y: layer.top },
        { x, y: layer.bottom },
      ]),
      { x: endX, y: layerOf(to).top },
      { x: endX, y: to.y },
    ]);
    return { from: link.from, to: link.to, points, path: pathThrough(points) };
  });
}

function dedupe(points: MapPoint[]): MapPoint[] {
  return points.filter(
    (point, index) =>
      index === 0 || point.x !== points[index - 1]!.x || point.y !== points[index - 1]!.y,
  );
}

/**
 * Straight where x stays put; between layers a curve whose control points sit at mid-height, so
 * it stays inside the box spanned by its two ends, which is empty space between layers.
 */
export function pathThrough(points: readonly MapPoint[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let path = `M${first.x} ${first.y}`;
  let previous = first;
  for (const point of rest) {
    if (point.x === previous.x) {
      path += `V${point.y}`;
    } else {
      const middle = round((previous.y + point.y) / 2);
      path += `C${previous.x} ${middle} ${point.x} ${middle} ${point.x} ${point.y}`;
    }
    previous = point;
  }
  return path;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The text a module's box shows, which decides how tall it must be. */
export interface BoxText {
  /** The title, in the box's larger type. */
  title: string;
  /** Smaller lines below it: minutes, the longest status the box may show. */
  details: readonly string[];
}

/** A module to place on the map, described by its text rather than a box size. */
export interface MapModuleText {
  id: string;
  prerequisites: readonly string[];
  text: BoxText;
}

/** Box widths to try, widest first, in layout pixels (13rem, 12rem, 11rem). */
export const boxWidths = [208, 192, 176] as const;

/** Room for the map in a 1280 px window, less a scrollbar and the page's padding. */
export const mapWidthBudget = 1216;

/*
 * Box heights are estimated from character counts, generously, because the layout is fixed before
 * any browser measures text. Sizes are in rem in the page, so larger user fonts scale the map
 * with the text, and a narrow or zoomed window gets the vertical path instead.
 */
// Average character widths allow for wide fonts such as DejaVu Sans, common on Linux desktops.
const titleLine = 21; // 1rem bold, line-height 1.3
const titleCharWidth = 12;
const detailLine = 19; // 0.875rem semibold, line-height 1.35
const detailCharWidth = 9.5;
const boxPadding = 2 * 2 + 2 * 12; // borders and padding on each side
const boxChrome = 2 * 2 + 2 * 10 + 6; // borders, padding, gap between title and details

/** The height a box of the given width needs for its title and detail lines. */
export function boxHeight(text: BoxText, width: number): number {
  const inner = width - boxPadding;
  const titleChars = Math.floor(inner / titleCharWidth);
  const detailChars = Math.floor(inner / detailCharWidth);
  const detailLines = text.details.reduce((sum, line) => sum + wrappedLines(line, detailChars), 0);
  return boxChrome + wrappedLines(text.title, titleChars) * titleLine + detailLines * detailLine;
}

/**
 * The map with the widest boxes that keep it within `budget` pixels; when even the narrowest
 * boxes do not fit, the narrowest map (the page then shows the vertical path on most screens).
 */
export function fitMapLayout(
  modules: readonly MapModuleText[],
  budget: number = mapWidthBudget,
  spacing: MapSpacing = defaultSpacing,
): MapLayout {
  let narrowest: MapLayout | undefined;
  const widths = modules.length > largeMapSize ? boxWidths.slice(-1) : boxWidths;
  for (const width of widths) {
    const layout = layoutMap(
      modules.map((module) => ({
        id: module.id,
        prerequisites: module.prerequisites,
        width,
        height: boxHeight(module.text, width),
      })),
      spacing,
    );
    if (layout.width <= budget) return layout;
    if (!narrowest || layout.width < narrowest.width) narrowest = layout;
  }
  return narrowest!;
}

/** Lines a text takes when wrapped at word boundaries to `width` characters. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  // Browsers may break after a hyphen, so a hyphen ends a word too.
  for (const word of text.split(/\s+|(?<=-)/).filter(Boolean)) {
    const length = Math.min(word.length, width);
    if (used === 0) {
      used = length;
    } else if (used + 1 + length <= width) {
      used += 1 + length;
    } else {
      lines += 1;
      used = length;
    }
    lines += Math.floor((word.length - 1) / width); // a word longer than a line breaks
  }
  return lines;
}
