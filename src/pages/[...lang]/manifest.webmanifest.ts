import type { APIRoute } from "astro";
import { getCourse } from "../../course";
import { webManifest } from "../../course/web-manifest";
import { localeOf, localePaths } from "../../i18n/build";

/** One per language, /manifest.webmanifest and /fr/manifest.webmanifest: each page links its own. */
export const getStaticPaths = () => localePaths();

/** The web app manifest, so the course installs on a phone's home screen or a desktop. */
export const GET: APIRoute = (context) => {
  const lang = localeOf(context);
  return new Response(JSON.stringify(webManifest(getCourse(lang), lang), null, 2), {
    headers: { "content-type": "application/manifest+json" },
  });
};
