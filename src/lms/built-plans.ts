import type { TrackPlan } from "./plan";

/*
 * The track plans a package build's pages were made with, handed to the build's last step (the
 * zips, ./packages.ts) in memory. Astro renders the pages in this same process but from its own
 * bundle of ./plans.ts, a module apart from the one the integration loads: the plans cross over
 * on a global symbol.
 */

const key = Symbol.for("cx-learning-map.lms.track-plans");
type Holder = { [key]?: TrackPlan[] };

/** Called by ./plans.ts once the plans are worked out. */
export function keepTrackPlans(plans: TrackPlan[]): void {
  (globalThis as Holder)[key] = plans;
}

/** The plans the launch pages were built with, if this build made any. */
export function keptTrackPlans(): TrackPlan[] | undefined {
  return (globalThis as Holder)[key];
}
