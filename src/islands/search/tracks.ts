import type { TrackId } from "../../schemas/module";

/**
 * Track names as search shows them, in the map's order. Module pages file themselves under track
 * ids (data-pagefind-filter="track:<id>"); the type keeps this list in step with the schema.
 */
export const trackLabels = {
  orientation: "Orientation",
  leader: "Leader",
  "self-paced": "Self-paced",
} satisfies Record<TrackId, string>;

/** The name of a track id, or the id itself for a track this list does not know. */
export function trackLabel(id: string): string {
  return (trackLabels as Record<string, string>)[id] ?? id;
}
