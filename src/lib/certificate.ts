import type { TrackId } from "../schemas/module";
import { completionCode } from "./completion-code";
import { entryOf, moduleStatus, type ModuleStatus, type Progress } from "./record/record";
import { localDay } from "./review/review";

/*
 * A track's certificate, from the learner's record: complete with a date and a completion code
 * once every module of the track is completed, or else the list of what is left.
 */

/** A module as the certificate names it. */
export interface CertificateModule {
  id: string;
  title: string;
}

/** A team activity a module describes, which a manager can tick as run. */
export interface TeamActivityInfo {
  id: string;
  title: string;
  moduleId: string;
}

/** What a certificate page knows about its track at build time. */
export interface CertificateTrack {
  id: TrackId;
  /** The track's name, as the map shows it. */
  name: string;
  /** The title printed on the certificate (content/course.yaml). */
  title: string;
  /** The track's modules, in reading order. */
  modules: CertificateModule[];
  /** Team activities described in the track's modules, in reading order. */
  activities: TeamActivityInfo[];
}

/** A module still to do, and how far the learner got. */
export type ModuleLeft = CertificateModule & { status: Exclude<ModuleStatus, "completed"> };

/** A team activity the learner ticked, and when. */
export type ActivityRun = TeamActivityInfo & { at: string };

/** The certificate as the learner's record stands. */
export type CertificateState =
  | { kind: "incomplete"; done: number; left: ModuleLeft[] }
  | {
      kind: "complete";
      /** The local day the last module was completed, YYYY-MM-DD. */
      day: string;
      code: string;
      activitiesRun: ActivityRun[];
    };

/**
 * The day a module was completed; for records that never noted it (imported from an early
 * version), the learner's last visit is the best estimate.
 */
function completedAt(progress: Progress, moduleId: string): string | undefined {
  const module = entryOf(progress.modules, moduleId);
  return module?.completedAt ?? module?.lastVisit ?? module?.firstVisit;
}

/**
 * The local day of `date`, kept within the years a completion code holds (four digits). A time
 * late on 9999-12-31 UTC is already in the year 10000 in Tokyo, which no code can carry.
 */
function codeDay(date: Date): string {
  const year = date.getFullYear();
  if (year > 9999) return "9999-12-31";
  if (year < 0) return "0000-01-01";
  return localDay(date);
}

/** The certificate for `track` as the learner's record stands. */
export function certificateState(progress: Progress, track: CertificateTrack): CertificateState {
  const left = track.modules.flatMap((module): ModuleLeft[] => {
    const status = moduleStatus(progress, module.id);
    return status === "completed" ? [] : [{ ...module, status }];
  });
  if (left.length > 0) {
    return { kind: "incomplete", done: track.modules.length - left.length, left };
  }
  const times = track.modules
    .map((module) => Date.parse(completedAt(progress, module.id) ?? progress.savedAt ?? ""))
    .filter((time) => !Number.isNaN(time));
  const day = codeDay(new Date(times.length > 0 ? Math.max(...times) : 0));
  const moduleIds = track.modules.map((module) => module.id);
  const activities = progress.activities ?? {};
  return {
    kind: "complete",
    day,
    code: completionCode({ track: track.id, day, moduleIds }),
    activitiesRun: track.activities.flatMap((activity) => {
      const at = entryOf(activities, activity.id);
      return at === undefined ? [] : [{ ...activity, at }];
    }),
  };
}
