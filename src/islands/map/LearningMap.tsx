import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { MapLayout } from "../../lib/map-layout";
import { moduleStates, nextUp, trackProgress } from "../../lib/next-up";
import { emptyProgress } from "../../lib/record/record";
import type { TrackId } from "../../schemas/module";
import { $progress } from "../../stores/progress";
import { chooseTrack } from "../../stores/track";
import { useHydrated } from "../useHydrated";
import { MapCanvas } from "./MapCanvas";
import { NextUpPanel } from "./NextUpPanel";
import { TrackLists } from "./TrackLists";
import { TrackSwitcher } from "./TrackSwitcher";
import { trackFromSearch, trackLink } from "./track-url";
import type { MapModule, TrackInfo } from "./types";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/client";
import { plural } from "../../i18n/format";

/** What the page passes in: modules in reading order, their layout computed at build time, the tracks. */
export interface LearningMapProps {
  modules: MapModule[];
  layout: MapLayout;
  tracks: TrackInfo[];
  defaultTrack: TrackId;
  strings: IslandStrings;
}

/**
 * The learning map: track switcher, next module, the map itself and each track as a list.
 * Positions come from the build; this island only adds the learner's status and chosen track.
 */
export default function LearningMap(props: LearningMapProps) {
  useStrings(props.strings);
  const { modules, layout, tracks, defaultTrack } = props;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const [announcement, setAnnouncement] = useState("");
  // The server has no storage: render its view first, then the learner's (see useHydrated).
  const progress = hydrated ? stored : emptyProgress();
  const knownTracks = tracks.map((track) => track.id);
  const track =
    hydrated && stored.track && knownTracks.includes(stored.track) ? stored.track : defaultTrack;

  // A shared link (/?track=leader) chooses the track, and the choice is remembered.
  useEffect(() => {
    const fromLink = trackFromSearch(location.search, knownTracks);
    if (fromLink) chooseTrack(fromLink);
  }, []);

  const states = useMemo(() => moduleStates(modules, progress), [modules, progress]);
  const next = nextUp(modules, track, progress);
  const info = tracks.find((candidate) => candidate.id === track)!;

  const onChoose = (chosen: TrackId) => {
    chooseTrack(chosen);
    history.replaceState(history.state, "", trackLink(chosen));
    const count = modules.filter((module) => module.tracks.includes(chosen)).length;
    const name = tracks.find((candidate) => candidate.id === chosen)!.name;
    setAnnouncement(plural(lang(), t.map.showing, count, { track: name }));
  };

  return (
    <div class="learning-map" data-track={track} data-hydrated={hydrated ? "" : undefined}>
      <div class="map-controls">
        <TrackSwitcher tracks={tracks} chosen={track} onChoose={onChoose} />
        <NextUpPanel
          modules={modules}
          next={next}
          track={info}
          progress={trackProgress(modules, track, progress)}
        />
      </div>
      <p class="map-sr-only" role="status">
        {announcement}
      </p>
      <MapCanvas modules={modules} layout={layout} states={states} track={track} next={next} />
      <TrackLists modules={modules} tracks={tracks} states={states} progress={progress} />
    </div>
  );
}
