import type { APIRoute } from "astro";
import { getCourse } from "../course";
import { webManifest } from "../course/web-manifest";

/** The web app manifest, so the course installs on a phone's home screen or a desktop. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(getCourse()), null, 2), {
    headers: { "content-type": "application/manifest+json" },
  });
