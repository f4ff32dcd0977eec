import type { Stop } from "../../lib/road";
import { pageHref } from "../page-href";
import { percent } from "../labels";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { SpriteIcon } from "./SpriteIcon";
import type { MapModule, TrackInfo } from "./types";

interface Props {
  track: TrackInfo;
  stops: readonly Stop[];
  byId: ReadonlyMap<string, MapModule>;
}

/** A stop's state in words: shown in a badge, so state never rests on colour or shape alone. */
function stateWord(stop: Stop): string {
  if (stop.state === "done") return t.map.stateDone;
  if (stop.state === "later") return fill(t.map.stateAfter, { step: stop.after ?? 1 });
  if (stop.started) return t.map.stateStarted;
  return stop.state === "current" ? t.map.stateCurrent : t.map.stateReady;
}

/**
 * The chosen track as one road of numbered stops, top to bottom: done stops filled and ticked
 * on a solid road, the current one raised and named "Up next", later ones muted with the step they
 * wait for. An ordered list of links: its text is its own twin.
 */
export function Road({ track, stops, byId }: Props) {
  return (
    <section class="road-section" aria-labelledby="road-heading">
      <h2 id="road-heading">{fill(t.map.roadLabel, { track: track.name })}</h2>
      <ol class="road">
        {stops.map((stop) => {
          const module = byId.get(stop.id)!;
          const href = pageHref(`/modules/${module.id}/`);
          return (
            <li class="stop" key={stop.id} data-state={stop.state} data-module={stop.id}>
              <span class="stop-marker" aria-hidden="true">
                <SpriteIcon name={stop.state === "done" ? "check" : module.icon} />
                <span class="stop-number">{stop.step}</span>
              </span>
              <div class="stop-body">
                <span class="stop-step">{fill(t.map.step, { step: stop.step })}</span>
                <a class="stop-title" href={href}>
                  {module.title}
                </a>
                <span class="stop-meta">
                  <span>{fill(t.common.minutesShort, { count: module.minutes })}</span>
                  <span class={`badge stop-badge stop-badge-${stop.state}`}>
                    {stop.state === "done" && <SpriteIcon name="check" />}
                    {stateWord(stop)}
                  </span>
                  {stop.retry && stop.state !== "done" && (
                    <span class="badge badge-warning">
                      {fill(t.map.needsTry, {
                        score: percent(stop.retry.score),
                        mark: percent(stop.retry.mark),
                      })}
                    </span>
                  )}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
