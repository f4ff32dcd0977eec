import type { APIRoute } from "astro";
import { islandStrings, localeOf, localePaths } from "../../../i18n/build";

/** One file per language: /search/strings.json, /fr/search/strings.json. */
export const getStaticPaths = () => localePaths();

/**
 * The search dialog's words, as JSON: the header's search button fetches them when it first
 * opens the dialog (src/islands/search/trigger.ts), so that no page carries them in its header.
 */
export const GET: APIRoute = (context) =>
  new Response(JSON.stringify(islandStrings(localeOf(context), ["search"])), {
    headers: { "content-type": "application/json" },
  });
