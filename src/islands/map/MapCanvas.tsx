import type { MapLayout } from "../../lib/map-layout";
import type { ModuleState, NextUp } from "../../lib/next-up";
import type { TrackId } from "../../schemas/module";
import { StatusLabel } from "./StatusLabel";
import type { MapModule } from "./types";
import { t } from "../../i18n/client";
import { fill } from "../../i18n/format";
import { pageHref } from "../../lib/site-url";

interface Props {
  modules: readonly MapModule[];
  layout: MapLayout;
  states: ReadonlyMap<string, ModuleState>;
  track: TrackId;
  next: NextUp;
}

/**
 * The map: arrows in an SVG behind, modules as links in reading order in front. Where each box
 * goes is in a stylesheet the page generates; without it (narrow screens) the list is a path.
 */
export function MapCanvas({ modules, layout, states, track, next }: Props) {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const inTrack = (id: string) => byId.get(id)?.tracks.includes(track) ?? false;
  const nextId = next.kind === "finished" ? undefined : next.moduleId;
  // The chosen track's arrows are painted last, over the others.
  const edges = layout.edges
    .map((edge) => ({ ...edge, inTrack: inTrack(edge.from) && inTrack(edge.to) }))
    .sort((a, b) => Number(a.inTrack) - Number(b.inTrack));
  return (
    <section class="map" aria-labelledby="map-heading">
      <h2 id="map-heading">{t.map.heading}</h2>
      <p class="map-help">{t.map.help}</p>
      <div class="map-canvas">
        <svg
          class="map-edges"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            {["on", "off"].map((kind) => (
              <marker
                key={kind}
                id={`map-arrow-${kind}`}
                class={`map-arrow map-arrow-${kind}`}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="9"
                markerHeight="9"
                markerUnits="userSpaceOnUse"
                orient="auto"
              >
                <path d="M0 0L10 5L0 10z" />
              </marker>
            ))}
          </defs>
          {edges.map((edge) => (
            <path
              key={`${edge.from}>${edge.to}`}
              class="map-edge"
              d={edge.path}
              data-from={edge.from}
              data-to={edge.to}
              data-in-track={String(edge.inTrack)}
            />
          ))}
        </svg>
        <ol class="map-nodes" aria-label={t.map.allModules}>
          {modules.map((module) => {
            const state = states.get(module.id)!;
            const isNext = module.id === nextId;
            return (
              <li
                key={module.id}
                class="map-node"
                data-module={module.id}
                data-prerequisites={module.prerequisites.join(" ")}
                data-status={state.status}
                data-in-track={String(inTrack(module.id))}
                data-next={isNext ? next.kind : undefined}
              >
                <a class="map-node-link" href={pageHref(`/modules/${module.id}/`)}>
                  {isNext && (
                    <span class="map-node-badge">
                      {next.kind === "continue" ? t.map.continueHere : t.map.nextUp}
                      <span class="map-sr-only">:</span>
                    </span>
                  )}
                  <span class="map-node-title">{module.title}</span>
                  <span class="map-node-details">
                    <span class="map-node-minutes">
                      {fill(t.common.minutesShort, { count: module.minutes })}
                    </span>
                    <StatusLabel state={state} titleOf={titleOf} />
                    {!inTrack(module.id) && <span class="map-sr-only">{t.map.notInTrack}</span>}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
