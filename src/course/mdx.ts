import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/*
 * The components a module's MDX uses, read from the parsed MDX tree rather than with regular
 * expressions over the source: a tag in a code block or a comment is not a use, and props are
 * read as MDX reads them. Build time only: the parser never reaches the browser.
 */

/** One use of a component in MDX, with its props that are plain strings and its text. */
export interface ComponentUse {
  name: string;
  props: Record<string, string>;
  /** Its props written as JavaScript literals ({0.9}, {[{ at: "1:00", quiz: "x" }]}), read as values. */
  values: Record<string, unknown>;
  /** The words inside it, as plain text (for notes that wrap prose). */
  text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx);

interface JsxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: JsxNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** An ESTree node, as far as literals go. */
interface EsNode {
  type: string;
  value?: unknown;
  name?: string;
  elements?: (EsNode | null)[];
  properties?: { type: string; key: EsNode; value: EsNode; computed?: boolean }[];
  argument?: EsNode;
  operator?: string;
  quasis?: { value: { cooked?: string } }[];
  expressions?: EsNode[];
  body?: { expression?: EsNode }[];
}

/** The value of a literal expression (strings, numbers, arrays, objects); undefined for anything else. */
function literal(node: EsNode | undefined): unknown {
  switch (node?.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      return node.expressions?.length ? undefined : node.quasis?.[0]?.value.cooked;
    case "UnaryExpression":
      return node.operator === "-" && typeof literal(node.argument) === "number"
        ? -(literal(node.argument) as number)
        : undefined;
    case "ArrayExpression":
      return (node.elements ?? []).map((element) => literal(element ?? undefined));
    case "ObjectExpression":
      return Object.fromEntries(
        (node.properties ?? []).flatMap((property) => {
          if (property.type !== "Property" || property.computed) return [];
          const key = property.key.type === "Identifier" ? property.key.name : property.key.value;
          return typeof key === "string" ? [[key, literal(property.value)]] : [];
        }),
      );
    default:
      return undefined;
  }
}

/** The value of an attribute written as an expression, when it is a literal. */
function expressionValue(value: unknown): unknown {
  const estree = (value as { data?: { estree?: EsNode } } | undefined)?.data?.estree;
  return literal(estree?.body?.[0]?.expression);
}

/** The text inside a node, its paragraphs and items separated by blank lines. */
function textOf(node: JsxNode): string {
  if (node.type === "text" || node.type === "inlineCode") return String(node.value ?? "");
  const parts = (node.children ?? []).map(textOf);
  // Paragraphs and headings hold a line of inline text; every other container holds blocks.
  const inline = ["paragraph", "heading", "strong", "emphasis", "link", "delete"].includes(
    node.type,
  );
  return inline ? parts.join("") : parts.filter(Boolean).join("\n\n").trim();
}

/** Every component `body` uses, in reading order; throws when the MDX cannot be parsed. */
export function componentsIn(body: string): ComponentUse[] {
  return readMdx(body).components;
}

/** What a module's MDX holds for the run sheet: its sections and its team activities. */
export interface MdxOutline {
  /** The `##` headings, in order. */
  headings: string[];
  activities: ActivitySection[];
}

/** A team activity as its section describes it, up to its <TeamActivity /> tick. */
export interface ActivitySection {
  id: string;
  /** Bold labels of the section's first paragraph, such as "Time", "Who" and "You need". */
  setup: { label: string; text: string }[];
  /** The instructions: paragraphs and lists, notes for the facilitator left out. */
  blocks: ({ type: "paragraph"; text: string } | { type: "list"; items: string[] })[];
}

type MdxReading = { components: ComponentUse[]; outline: MdxOutline };

/*
 * Most of a module is prose whose words nothing here reads, and tokenising it is most of a
 * parse's cost. A line of plain words (it starts with a letter and holds only letters, digits,
 * spaces and simple punctuation) can start no Markdown, JSX or expression, so:
 * - a text made only of paragraphs of such lines, `#` headings in such words and one-line
 *   components with quoted props (<Quiz id="listening" />), each of these two on a line of its
 *   own between blank lines, is read line by line without a parse;
 * - any other text is parsed with each paragraph of plain lines read as a short stand-in; where
 *   the stand-in could show (a component's words, a team activity's steps), or where the
 *   shortened text does not parse, the whole text is parsed as written.
 * Either way the reading is the one a full parse gives (test/unit/course/mdx.test.ts).
 */
const plainWords = String.raw`[\p{L}\p{N} ,.;:!?'’()\-]*`;
const plainLine = new RegExp(String.raw`^(?!(?:import|export)\b)\p{L}${plainWords}$`, "u");
const headingLine = new RegExp(String.raw`^(#{1,6}) +([\p{L}\p{N}]${plainWords})$`, "u");
const propsPattern = String.raw`[A-Za-z][\w-]*=(?:"[^"&\\]*"|'[^'&\\]*')`;
const tagLine = new RegExp(
  String.raw`^<([A-Za-z][A-Za-z0-9]*)((?:[ \t]+${propsPattern})*)[ \t]*\/>$`,
);
const propPattern = new RegExp(String.raw`([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')`, "g");
const isBlank = (line: string | undefined) => line === undefined || line.trim() === "";

/** The reading of a text of plain lines, headings and one-line components; undefined for any other. */
function readSimple(lines: readonly string[]): MdxReading | undefined {
  const components: ComponentUse[] = [];
  const headings: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isBlank(line) || (plainLine.test(line) && !headingLine.test(lines[index - 1] ?? ""))) {
      continue;
    }
    if (!isBlank(lines[index - 1]) || !isBlank(lines[index + 1])) return undefined;
    const heading = headingLine.exec(line);
    const tag = heading ? null : tagLine.exec(line);
    if (heading) {
      if (heading[1] === "##") headings.push(heading[2]!.trimEnd());
    } else if (tag && tag[1] !== "TeamActivity") {
      const props = Object.fromEntries(
        [...tag[2]!.matchAll(propPattern)].map((prop) => [prop[1]!, prop[2] ?? prop[3] ?? ""]),
      );
      components.push({ name: tag[1]!, props, values: {}, text: "" });
    } else {
      return undefined;
    }
  }
  return { components, outline: { headings, activities: [] } };
}

const standIn = "cxprose cxprose.";

/** `lines` with each paragraph of plain lines read as the stand-in; undefined if none is. */
function withoutPlainProse(lines: readonly string[]): string | undefined {
  const kept: string[] = [];
  let shortened = false;
  for (let index = 0; index < lines.length; index++) {
    let end = index;
    if (isBlank(lines[index - 1])) {
      while (end < lines.length && plainLine.test(lines[end]!)) end++;
    }
    if (end > index && isBlank(lines[end])) {
      kept.push(standIn);
      shortened = true;
      index = end - 1;
    } else {
      kept.push(lines[index]!);
    }
  }
  return shortened ? kept.join("\n") : undefined;
}

const readings = new Map<string, MdxReading>();

/**
 * The components `body` uses and its outline, from one parse; throws when it cannot be parsed.
 * Read once per text: a translation's checks ask for the same body more than once.
 */
export function readMdx(body: string): MdxReading {
  let reading = readings.get(body);
  if (!reading) readings.set(body, (reading = read(body)));
  return reading;
}

function read(body: string): MdxReading {
  const lines = body.split("\n");
  const simple = readSimple(lines);
  if (simple) return simple;
  const short = withoutPlainProse(lines);
  if (short !== undefined) {
    try {
      const reading = readTree(parser.parse(short) as unknown as JsxNode);
      if (!JSON.stringify(reading).includes(standIn)) return reading;
    } catch {
      // Parsed as written below, for the error the text itself gives.
    }
  }
  return readTree(parser.parse(body) as unknown as JsxNode);
}

function readTree(tree: JsxNode): MdxReading {
  return { components: componentsOf(tree), outline: outlineOf(tree) };
}

/** The section's first paragraph as labelled fields: **Time:** 45 minutes. **Who:** … */
function setupOf(paragraph: JsxNode): ActivitySection["setup"] {
  const fields: ActivitySection["setup"] = [];
  for (const child of paragraph.children ?? []) {
    if (child.type === "strong") {
      fields.push({ label: textOf(child).replace(/:\s*$/, ""), text: "" });
    } else if (fields.length > 0) {
      fields.at(-1)!.text += textOf(child);
    }
  }
  return fields.map((field) => ({ label: field.label, text: field.text.trim() }));
}

function outlineOf(tree: JsxNode): MdxOutline {
  const blocks = tree.children ?? [];
  const headings: string[] = [];
  const activities: ActivitySection[] = [];
  let sectionStart = 0;
  blocks.forEach((block, index) => {
    if (block.type === "heading" && (block as { depth?: number }).depth === 2) {
      headings.push(textOf(block));
      sectionStart = index + 1;
    }
    if (block.type !== "mdxJsxFlowElement" || block.name !== "TeamActivity") return;
    const id = componentsOf({ type: "root", children: [block] })[0]?.props["id"] ?? "";
    const section = blocks
      .slice(sectionStart, index)
      .filter((part) => part.type !== "mdxJsxFlowElement");
    const [first, ...rest] = section;
    const setup = first?.type === "paragraph" ? setupOf(first) : [];
    activities.push({
      id,
      setup,
      blocks: (setup.length > 0 ? rest : section).flatMap((part): ActivitySection["blocks"] =>
        part.type === "list"
          ? [{ type: "list" as const, items: (part.children ?? []).map(textOf) }]
          : part.type === "paragraph"
            ? [{ type: "paragraph" as const, text: textOf(part) }]
            : [],
      ),
    });
  });
  return { headings, activities };
}

function componentsOf(tree: JsxNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(tree as never, (node) => {
    const element = node as JsxNode;
    if (element.type !== "mdxJsxFlowElement" && element.type !== "mdxJsxTextElement") return;
    if (!element.name) return;
    const props = Object.fromEntries(
      (element.attributes ?? []).flatMap((attribute) =>
        attribute.type === "mdxJsxAttribute" &&
        attribute.name &&
        typeof attribute.value === "string"
          ? [[attribute.name, attribute.value]]
          : [],
      ),
    );
    const values = Object.fromEntries(
      (element.attributes ?? []).flatMap((attribute) =>
        attribute.type === "mdxJsxAttribute" &&
        attribute.name &&
        typeof attribute.value === "object" &&
        attribute.value !== null
          ? [[attribute.name, expressionValue(attribute.value)]]
          : [],
      ),
    );
    uses.push({ name: element.name, props, values, text: textOf(element) });
  });
  return uses;
}

/**
 * The ids of the quizzes the module embeds, in order: <Quiz id="..." />, and the quizzes a film
 * asks at its checkpoints (<Video checkpoints={[{ at: "1:00", quiz: "..." }]} />).
 */
export const quizIdsIn = (uses: readonly ComponentUse[]) =>
  uses.flatMap((use) =>
    use.name === "Quiz"
      ? [use.props["id"] ?? ""]
      : use.name === "Video"
        ? checkpointsOf(use).map((checkpoint) => checkpoint.quiz)
        : [],
  );

/** A film's checkpoints as written: each a time and a quiz id (see course/films.ts). */
export function checkpointsOf(use: ComponentUse): { at: string; quiz: string }[] {
  const list = use.values["checkpoints"];
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const entry = (typeof item === "object" && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    return {
      at:
        typeof entry["at"] === "string" || typeof entry["at"] === "number"
          ? String(entry["at"])
          : "",
      quiz: typeof entry["quiz"] === "string" ? entry["quiz"] : "",
    };
  });
}

/** The <TeamActivity id="..." title="..." /> uses, in order. */
export const teamActivitiesIn = (uses: readonly ComponentUse[]) =>
  uses
    .filter((use) => use.name === "TeamActivity")
    .map((use) => ({ id: use.props["id"] ?? "", title: use.props["title"] ?? "" }));

/** The principle ids named with <PrincipleName id="..." />, in order. */
export const principleNamesIn = (uses: readonly ComponentUse[]) =>
  uses.filter((use) => use.name === "PrincipleName").map((use) => use.props["id"] ?? "");

/** The facilitator notes, in order, as plain text. */
export const facilitatorNotesIn = (uses: readonly ComponentUse[]) =>
  uses.filter((use) => use.name === "FacilitatorNote").map((use) => use.text);

/*
 * Words for one context: <OnTheWeb>…</OnTheWeb> shows only on the web site, <InThePackage>…
 * </InThePackage> only inside an LMS package (the package build, CX_PACKAGE=1). Each holds
 * words only, inline in a sentence or as whole paragraphs, so that a module's headings, quizzes,
 * films and activities are the same in every context (the outline, the run sheet and the
 * package's plan read them from the source).
 */

/** The components that hold one context's words. */
export const CONTEXT_COMPONENTS = ["OnTheWeb", "InThePackage"] as const;

interface PlacedNode extends JsxNode {
  position?: { start: { line: number } };
  depth?: number;
}

/**
 * What is wrong with the context components `body` uses, each naming the file, the line and the
 * fix. `firstLine` is the file's line the body starts on (after the front matter).
 */
export function contextProblems(body: string, filePath: string, firstLine = 1): string[] {
  if (!/<(OnTheWeb|InThePackage)\b/i.test(body)) return [];
  const tree = parser.parse(body) as unknown as PlacedNode;
  const problems: string[] = [];
  const isContext = (name: string | null | undefined) =>
    (CONTEXT_COMPONENTS as readonly string[]).includes(name ?? "");
  const at = (node: PlacedNode) =>
    `${filePath}:${node.position ? node.position.start.line + firstLine - 1 : "?"}`;
  const walk = (node: PlacedNode, inside: PlacedNode[]) => {
    const element = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
    const name = element ? node.name : undefined;
    const context = inside.find((ancestor) => isContext(ancestor.name));
    if (element && name && !isContext(name)) {
      const spelled = CONTEXT_COMPONENTS.find(
        (known) => known.toLowerCase() === name.toLowerCase(),
      );
      if (spelled) {
        problems.push(`${at(node)}: <${name}> is written <${spelled}>, with those capitals.`);
      }
    }
    if (context && element && name !== "PrincipleName") {
      problems.push(
        `${at(node)}: <${context.name}> holds <${name ?? ""}>. Only words go inside it: put <${name ?? ""}> outside, where it is the same on the web and in a package.`,
      );
    }
    if (context && node.type === "heading") {
      problems.push(
        `${at(node)}: <${context.name}> holds a heading. A module's headings are the same in every context: put the heading outside, in words true on the web and in a package, and keep only the sentences that differ inside.`,
      );
    }
    if (element && isContext(name)) {
      const outer = inside.findLast(
        (ancestor) =>
          ancestor.type === "mdxJsxFlowElement" || ancestor.type === "mdxJsxTextElement",
      );
      if (outer && !context) {
        problems.push(
          `${at(node)}: <${name}> is inside <${outer.name ?? ""}>. Put it in the module's own prose, outside any other component.`,
        );
      }
      if ((node.attributes ?? []).length > 0) {
        problems.push(`${at(node)}: <${name}> takes no attributes: write <${name}>…</${name}>.`);
      }
      if (textOf(node).trim() === "") {
        problems.push(
          `${at(node)}: <${name}> is empty. Write the words for ${name === "OnTheWeb" ? "the web site" : "an LMS package"} inside it, or remove it.`,
        );
      }
    }
    for (const child of node.children ?? []) walk(child as PlacedNode, [...inside, node]);
  };
  walk(tree, []);
  return problems;
}
