import { localHref } from "../i18n/browser/client";
import { siteHref } from "../lib/site-url";

/** A site address in the page's language ("/fr/modules/x/"), as this page must write it. */
export const pageHref = (path: string): string => siteHref(localHref(path));

/**
 * A site file's address ("/quiz-data/…"), not a page's: no language prefix. Defined here rather
 * than imported from lib/site-url.ts, so that islands share one small file for both.
 */
export const fileHref = (path: string): string => siteHref(path);
