import type { APIRoute } from "astro";
import { getReviewQuestions } from "../../course/review-questions";
import { localeOf, localePaths } from "../../i18n/build";

/** One file per language: /review-questions.json, /fr/review-questions.json. */
export const getStaticPaths = () => localePaths();

/**
 * The questions review can ask, as JSON: the review page fetches it only when something is due,
 * so the page itself stays small.
 */
export const GET: APIRoute = async (context) =>
  new Response(JSON.stringify(await getReviewQuestions(localeOf(context))), {
    headers: { "content-type": "application/json" },
  });
