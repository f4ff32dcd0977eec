/** What every page goes through once Astro has rendered it. */
import { defineMiddleware } from "astro:middleware";
import { ownHashesOnly } from "./csp";

// A page's content security policy names only its own inline scripts and styles (csp.ts).
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(ownHashesOnly(html), response);
});
