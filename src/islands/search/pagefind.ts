import { siteUrl } from "../../lib/site-url";

/*
 * Pagefind's browser API, loaded from the built site (/pagefind/pagefind.js) only when a learner
 * opens search. Pagefind ships no browser types in its npm package, so the few shapes this site
 * reads are declared here.
 */

/** One matched section of a page: the text under a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string };
}

/** What Pagefind knows about one matching page. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** The result list of one search, before each page's data is loaded. */
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindFragment> }[];
}

/** The functions of pagefind.js this site calls. */
export interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported once on first use; a failed load is forgotten so a later try can succeed. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A full URL: import() would resolve a package's relative address against this script.
    const url = siteUrl("/pagefind/pagefind.js");
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Results as site addresses ("/modules/x/"), which siteHref places; Pagefind would
    // otherwise prefix the folder it was loaded from.
    await pagefind.options({ excerptLength: 24, baseUrl: "/" });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
