import { chooseTrack as withTrack } from "../lib/record/actions";
import type { TrackId } from "../schemas/module";
import { updateProgress } from "./progress";

/** Remember the learner's track, on this device, with their progress. */
export function chooseTrack(track: TrackId): void {
  updateProgress("choose track", (progress) =>
    progress.track === track ? progress : withTrack(progress, track),
  );
}
