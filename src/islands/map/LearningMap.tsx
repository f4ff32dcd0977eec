import { useStore } from "../useStore";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { nextUp, trackProgress } from "../../lib/next-up";
import { emptyProgress } from "../../lib/record/record";
import { roadStops } from "../../lib/road";
import type { TrackId } from "../../schemas/module";
import { $progress } from "../../stores/progress";
import { chooseTrack } from "../../stores/track";
import { useHydrated } from "../useHydrated";
import { JourneyHero } from "./JourneyHero";
import { Road } from "./Road";
import type { TrackLists as TrackListsType } from "./TrackLists";
import { TrackSwitcher } from "./TrackSwitcher";
import { trackFromSearch, trackLink } from "./track-url";
import type { MapModule, TrackInfo } from "./types";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { plural } from "../../i18n/format";

/** What the page passes in: modules in reading order, the tracks with their stops in order. */
export interface LearningMapProps {
  modules: MapModule[];
  tracks: TrackInfo[];
  defaultTrack: TrackId;
  strings: IslandStrings;
  /** What waits for the learner (review, check-ins), shown under the hero. */
  children?: ComponentChildren;
}

/**
 * The home page's journey: the hero with the one next step, what is waiting, the chosen track
 * as a road of stops, and every module of every track behind "Show all modules". Which modules
 * each track holds comes from the build; this island adds the learner's status and track.
 */
export default function LearningMap(props: LearningMapProps) {
  useStrings(props.strings);
  const { modules, tracks, defaultTrack, children } = props;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const [announcement, setAnnouncement] = useState("");
  // Every track as a list: its code loads when the learner asks to see all modules.
  const [TrackLists, setTrackLists] = useState<typeof TrackListsType>();
  const loadTrackLists = () => {
    if (!TrackLists)
      void import("./TrackLists").then((loaded) => setTrackLists(() => loaded.TrackLists));
  };
  // The server has no storage: render its view first, then the learner's (see useHydrated).
  const progress = hydrated ? stored : emptyProgress();
  const knownTracks = tracks.map((track) => track.id);
  const trackId =
    hydrated && stored.track && knownTracks.includes(stored.track) ? stored.track : defaultTrack;

  // A shared link (/?track=leader) chooses the track, and the choice is remembered.
  useEffect(() => {
    const fromLink = trackFromSearch(location.search, knownTracks);
    if (fromLink) chooseTrack(fromLink);
  }, []);

  const byId = useMemo(() => new Map(modules.map((module) => [module.id, module])), [modules]);
  const track = tracks.find((candidate) => candidate.id === trackId)!;
  const next = nextUp(modules, trackId, progress);
  const stops = roadStops(
    track.stops.map((id) => byId.get(id)!),
    progress,
    next,
  );
  const nextModule = next.kind === "finished" ? undefined : byId.get(next.moduleId);
  const done = trackProgress(modules, trackId, progress);

  const onChoose = (chosen: TrackId) => {
    chooseTrack(chosen);
    history.replaceState(history.state, "", trackLink(chosen));
    const info = tracks.find((candidate) => candidate.id === chosen)!;
    setAnnouncement(plural(lang(), t.map.showing, info.stops.length, { track: info.name }));
  };

  return (
    <div class="learning-map" data-track={trackId} data-hydrated={hydrated ? "" : undefined}>
      <JourneyHero
        track={track}
        next={next}
        module={nextModule}
        progress={done}
        switcher={<TrackSwitcher tracks={tracks} chosen={trackId} onChoose={onChoose} />}
      />
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {children}
      <Road track={track} stops={stops} byId={byId} />
      <details class="all-modules" onToggle={loadTrackLists}>
        <summary>{t.map.showAll}</summary>
        {TrackLists && <TrackLists modules={modules} tracks={tracks} progress={progress} />}
      </details>
    </div>
  );
}
