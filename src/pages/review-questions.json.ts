import type { APIRoute } from "astro";
import { getReviewQuestions } from "../course/review-questions";

/**
 * The questions review can ask, as JSON: the review page fetches it only when something is due,
 * so the page itself stays small.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getReviewQuestions()), {
    headers: { "content-type": "application/json" },
  });
