import { moduleStates, trackProgress } from "../../lib/next-up";
import type { Progress } from "../../lib/record/record";
import { StatusLabel } from "./StatusLabel";
import type { MapModule, TrackInfo } from "./types";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { pageHref } from "../page-href";

interface Props {
  modules: readonly MapModule[];
  tracks: readonly TrackInfo[];
  progress: Progress;
}

/** The map as text: each track as an ordered list of its modules, with status and progress. */
export function TrackLists({ modules, tracks, progress }: Props) {
  const states = moduleStates(modules, progress);
  const byId = new Map(modules.map((module) => [module.id, module]));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  return (
    <section class="track-lists" aria-labelledby="track-lists-heading">
      <h2 id="track-lists-heading">{t.map.stepByStep}</h2>
      {tracks.map((track) => {
        const inTrack = track.stops.map((id) => byId.get(id)!);
        const done = trackProgress(modules, track.id, progress);
        return (
          <section class="track-list" key={track.id} aria-labelledby={`track-${track.id}`}>
            <h3 id={`track-${track.id}`}>{track.name}</h3>
            <p>
              {track.who}{" "}
              {plural(lang(), t.map.trackSize, done.total, { minutes: done.minutesTotal })}{" "}
              <span class="track-list-progress">
                {fill(t.map.trackDone, { done: done.done, left: done.minutesLeft })}
              </span>
            </p>
            <ol class="track-steps">
              {inTrack.map((module) => (
                <li class="track-step" key={module.id} data-module={module.id}>
                  <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a>
                  <span class="track-step-minutes">
                    {fill(t.common.minutesShort, { count: module.minutes })}
                  </span>
                  <StatusLabel state={states.get(module.id)!} titleOf={titleOf} />
                  <p>{module.summary}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
