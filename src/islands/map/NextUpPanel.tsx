import type { NextUp, TrackProgress } from "../../lib/next-up";
import type { MapModule, TrackInfo } from "./types";
import { siteHref } from "../../lib/site-url";

interface Props {
  modules: readonly MapModule[];
  next: NextUp;
  track: TrackInfo;
  progress: TrackProgress;
}

const headings: Record<NextUp["kind"], string> = {
  continue: "Continue where you left off",
  next: "Next up",
  finished: "You have finished this track",
};

/** The one module to open next on the chosen track, and how far along the track the learner is. */
export function NextUpPanel({ modules, next, track, progress }: Props) {
  const module = next.kind === "finished" ? undefined : modules.find((m) => m.id === next.moduleId);
  const outsideTrack = module !== undefined && !module.tracks.includes(track.id);
  return (
    <section class="next-up" aria-labelledby="next-up-heading" data-next={module?.id}>
      <h2 id="next-up-heading">{headings[next.kind]}</h2>
      {module ? (
        <p class="next-up-module">
          <a href={siteHref(`/modules/${module.id}/`)}>{module.title}</a>{" "}
          <span class="next-up-minutes">about {module.minutes} minutes</span>
          {outsideTrack && (
            <span class="next-up-note">The {track.name} track builds on this module.</span>
          )}
        </p>
      ) : (
        <p class="next-up-module">Choose another track, or revisit any module on the map.</p>
      )}
      <p class="next-up-progress">
        {track.name}: {progress.done} of {progress.total}{" "}
        {progress.total === 1 ? "module" : "modules"} done, about {progress.minutesLeft} minutes
        left.
      </p>
    </section>
  );
}
