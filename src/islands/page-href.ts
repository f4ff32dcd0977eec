import { localHref } from "../i18n/browser/client";
import { siteHref } from "../lib/site-url";

/** A site address in the page's language ("/fr/modules/x/"), as this page must write it. */
export const pageHref = (path: string): string => siteHref(localHref(path));
