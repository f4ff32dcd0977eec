import GithubSlugger from "github-slugger";
import { posix } from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";

/*
 * The README and the guides in docs/ link to each other and to headings by relative links, as
 * GitHub shows them. This reads each file as a Markdown tree (so links inside code are not
 * links) and checks that every relative link names a file that exists and, after a #, a heading
 * that file has, slugged as GitHub slugs it.
 */

/** What the checker needs to know about the repository: which paths exist, and their Markdown. */
export interface Files {
  /** True when a file or folder exists at `path` (relative to the repository's root). */
  exists(path: string): boolean;
  /** The text of the Markdown file at `path`, or undefined when there is none. */
  read(path: string): string | undefined;
}

interface Node {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

/** Every node of the tree, depth first. */
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The words of a heading as a reader sees them, which is what GitHub slugs. */
function textOf(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

/** The parsed tree of a Markdown text. */
function treeOf(markdown: string): Node {
  return unified().use(remarkParse).parse(markdown) as Node;
}

/** The anchors GitHub gives the headings of `markdown`, duplicates numbered as it does. */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const node of walk(treeOf(markdown))) {
    if (node.type === "heading") anchors.add(slugger.slug(textOf(node)));
  }
  return anchors;
}

/** The targets of every link, image and link definition in `markdown`, in order. */
export function linksOf(markdown: string): string[] {
  const urls: string[] = [];
  for (const node of walk(treeOf(markdown))) {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url)
      urls.push(node.url);
  }
  return urls;
}

/** True for a link that leaves the repository: a scheme (https:, mailto:) or a host (//). */
const isExternal = (url: string): boolean =>
  /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");

/**
 * Each relative link of the Markdown file at `file` that points nowhere, as "file: link (why)".
 * Returns the links checked too, so a caller can tell "all fine" from "nothing found".
 */
export function checkLinks(file: string, files: Files): { checked: string[]; broken: string[] } {
  const markdown = files.read(file);
  if (markdown === undefined) return { checked: [], broken: [`${file}: the file is missing`] };
  const checked: string[] = [];
  const broken: string[] = [];
  for (const url of linksOf(markdown)) {
    if (isExternal(url)) continue;
    checked.push(url);
    const hash = url.indexOf("#");
    const pathPart = decodeURIComponent(hash === -1 ? url : url.slice(0, hash));
    const anchor = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1));
    const target =
      pathPart === ""
        ? file
        : posix.normalize(
            pathPart.startsWith("/")
              ? pathPart.slice(1)
              : posix.join(posix.dirname(file), pathPart),
          );
    if (target.startsWith("..") || !files.exists(target)) {
      broken.push(`${file}: ${url} (there is no ${target})`);
      continue;
    }
    if (anchor === undefined || anchor === "") continue;
    const text = target.endsWith(".md") ? files.read(target) : undefined;
    if (text === undefined) {
      broken.push(`${file}: ${url} (${target} is not a Markdown file, so it has no headings)`);
    } else if (!anchorsOf(text).has(anchor)) {
      broken.push(`${file}: ${url} (${target} has no heading with the anchor #${anchor})`);
    }
  }
  return { checked, broken };
}
