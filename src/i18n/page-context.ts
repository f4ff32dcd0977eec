/** What every island knows of its page: the language, its address prefix and the course's words. */
export interface PageContext {
  /** The page's language code, as in <html lang>. */
  lang: string;
  /** "" for the course's own language, "/fr" for French: put before a site path. */
  prefix: string;
  /** The course's words in this language: track names and certificate titles by track id. */
  tracks: Record<string, { name: string; certificateTitle: string }>;
  organisation: string;
  /** The course's title in this language. */
  title: string;
}
