import { computed } from "nanostores";
import { $progress } from "./progress";
import type { TrackId } from "../schemas/module";

/** The track the learner chose on the map, kept with the rest of their progress; none yet is undefined. */
export const $chosenTrack = computed($progress, (progress) => progress.track);

/** Remember the learner's track, on this device, with their progress. */
export function chooseTrack(track: TrackId): void {
  const progress = $progress.get();
  if (progress.track !== track) $progress.set({ ...progress, track });
}
