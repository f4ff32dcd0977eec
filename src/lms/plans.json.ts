import type { APIRoute } from "astro";
import { getCourse } from "../course";
import { getTrackPlans } from "./plans";

/**
 * /lms/plans.json, in the package build only: what scripts/package.mjs needs to write each
 * track's manifests (titles, mastery scores, the launch page). Not put in any package.
 */
export const GET: APIRoute = async () => {
  const course = getCourse();
  const plans = await getTrackPlans();
  return new Response(
    JSON.stringify({
      title: course.title,
      organisation: course.organisation,
      reporting: course.lms.reporting,
      tracks: plans.map((plan) => {
        const track = course.tracks.find((candidate) => candidate.id === plan.id)!;
        return {
          id: plan.id,
          name: plan.name,
          audience: track.audience,
          masteryScore: plan.masteryScore,
          modules: plan.modules.length,
        };
      }),
    }),
  );
};
