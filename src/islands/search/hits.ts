import type { PagefindFragment, PagefindSubResult } from "./pagefind";

/** One line in the result list: where it goes, what to call it, and the text that matched. */
export interface SearchHit {
  url: string;
  title: string;
  /** The heading of the matched section, when the match is under one. */
  section?: string;
  /** Pagefind's excerpt: plain text with the matched words wrapped in <mark>. */
  excerpt: string;
  /** Track ids of a module; empty for the glossary. */
  tracks: string[];
  kind: "module" | "glossary";
}

/**
 * The hits for one matching page. A module gives one hit that lands on its best-matching
 * section; the glossary gives one hit per matching term, so "Kudos" opens at Kudos.
 */
export function toSearchHits(page: PagefindFragment): SearchHit[] {
  const title = page.meta["title"] ?? page.url;
  const tracks = page.filters["track"] ?? [];
  const matched = page.sub_results.filter((sub) => sub.locations.length > 0);

  if (page.meta["kind"] === "glossary") {
    const terms = matched.filter((sub) => sub.anchor !== undefined);
    if (terms.length === 0) {
      return [{ url: page.url, title, excerpt: page.excerpt, tracks: [], kind: "glossary" }];
    }
    return terms.map((sub) => ({
      url: sub.url,
      title: sub.title,
      excerpt: sub.excerpt,
      tracks: [],
      kind: "glossary",
    }));
  }

  const best = bestSection(matched);
  return [
    {
      url: best?.anchor ? best.url : page.url,
      title,
      ...(best?.anchor ? { section: best.title } : {}),
      excerpt: best?.excerpt ?? page.excerpt,
      tracks,
      kind: "module",
    },
  ];
}

/** The section with the most matched words; the earliest wins a tie. */
function bestSection(sections: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const section of sections) {
    if (!best || section.locations.length > best.locations.length) best = section;
  }
  return best;
}

/** A run of excerpt text, marked when it is part of the match. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Text with HTML character references turned back into characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * An excerpt split into plain and marked runs, so it renders as text nodes and <mark> elements
 * without handing HTML to the page. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    const marked = piece.startsWith("<mark>");
    const text = decodeEntities(
      (marked ? piece.slice(6, -7) : piece).replace(/<\/?[a-z][^>]*>/gi, ""),
    );
    if (text) parts.push({ text, marked });
  });
  return parts;
}
