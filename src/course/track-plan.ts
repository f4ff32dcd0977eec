import { getCourse } from "./index";
import { getCurriculum, type SiteModule } from "./curriculum";
import { defaultLocale } from "./locales";
import { hashedPath, type DataFile } from "./quiz-files";
import type { TrackStops } from "../lib/placement";

/*
 * Build time: each track's plan, computed once and read by every page and package that shows a
 * track (the map, the module page, My progress, the run sheet, the LMS packages), so that no
 * page filters modules itself. The curriculum's checks make each track closed under its
 * prerequisites (src/course/curriculum-rules.ts, findTrackProblems), so a track's stops, in reading
 * order, never send a learner outside it.
 */

/** One track, in the course file's order: its stops in the order to take them. */
export interface TrackPlan {
  id: string;
  name: string;
  audience: string;
  certificateTitle: string;
  /** The track's modules in reading order: step 1 is the first. */
  stops: SiteModule[];
  /** About how long the whole track takes. */
  minutes: number;
}

const plans = new Map<string, Promise<TrackPlan[]>>();

/** Every track's plan, its words in `lang`. */
export function getTrackPlans(lang: string = defaultLocale): Promise<TrackPlan[]> {
  let inLanguage = plans.get(lang);
  if (!inLanguage) plans.set(lang, (inLanguage = load(lang)));
  return inLanguage;
}

async function load(lang: string): Promise<TrackPlan[]> {
  const curriculum = await getCurriculum(lang);
  return getCourse(lang).tracks.map((track) => {
    const stops = curriculum.filter((module) => module.data.tracks.includes(track.id));
    return {
      id: track.id,
      name: track.name,
      audience: track.audience,
      certificateTitle: track.certificateTitle,
      stops,
      minutes: stops.reduce((sum, module) => sum + module.data.minutes, 0),
    };
  });
}

/** Where a module stands in a track: its step, the track's size and the stop after it. */
export interface Placement {
  track: string;
  name: string;
  step: number;
  total: number;
  /** The track's stops in order, by id. */
  stops: string[];
  /** The next stop, or undefined when this is the track's last. */
  next?: SiteModule | undefined;
}

/** Every track that holds `moduleId`, with the module's place in it. */
export async function placementsOf(moduleId: string, lang: string): Promise<Placement[]> {
  return (await getTrackPlans(lang)).flatMap((plan) => {
    const index = plan.stops.findIndex((module) => module.id === moduleId);
    if (index === -1) return [];
    return [
      {
        track: plan.id,
        name: plan.name,
        step: index + 1,
        total: plan.stops.length,
        stops: plan.stops.map((module) => module.id),
        next: plan.stops[index + 1],
      },
    ];
  });
}

let stopsFile: Promise<DataFile> | undefined;

/**
 * Each track's stops, by id, as the file every module page names for its end to fetch
 * (src/islands/module/track-stops.ts), written by src/pages/quiz-data/[...file].ts: one for
 * every language, since a translation changes no track.
 */
export function trackStopsFile(): Promise<DataFile> {
  stopsFile ??= getTrackPlans().then((plans) => {
    const stops: TrackStops = Object.fromEntries(
      plans.map((plan) => [plan.id, plan.stops.map((module) => module.id)]),
    );
    const json = JSON.stringify(stops);
    return { path: hashedPath("tracks", json), json };
  });
  return stopsFile;
}
