import type { Progress } from "./record/record";

/** A module's place in one track, as the module page hands it to its islands. */
export interface ModulePlacement {
  track: string;
  name: string;
  step: number;
  total: number;
  /** The stop after this one, or null for the track's last. */
  next: { id: string; title: string; minutes: number } | null;
}

/**
 * Each track's stops in order, by id (to tell when the whole track is done): the same for every
 * module page, so one file that the module's end fetches with its result's code, rather than a
 * list on every page, which grew with the track.
 */
export type TrackStops = Record<string, string[]>;

/**
 * The placement the learner sees: in the track they chose when it holds the module, else in
 * the course's default track, else in the first track that holds it.
 */
export function placementFor<Placement extends Pick<ModulePlacement, "track">>(
  placements: readonly Placement[],
  progress: Pick<Progress, "track">,
  defaultTrack: string,
): Placement | undefined {
  const chosen = progress.track ?? defaultTrack;
  return (
    placements.find((placement) => placement.track === chosen) ??
    placements.find((placement) => placement.track === defaultTrack) ??
    placements[0]
  );
}
