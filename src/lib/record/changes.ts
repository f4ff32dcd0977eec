import { visibleName } from "./learner";
import type { ModuleStatus, Progress } from "./record";
import { summarizeProgress, type CourseOutline } from "./summary";

/*
 * What an import would change, in the learner's terms, so they can decide before anything is
 * written: every part of the record, not only modules, so a preview never says "nothing" while
 * Replace would delete commitments or a name. Only modules of the current content are named.
 */

/** A module whose status would change. */
export interface ModuleChange {
  title: string;
  from: ModuleStatus;
  to: ModuleStatus;
}

/** A module whose best score would change, as shares from 0 to 1. */
export interface ScoreChange {
  title: string;
  from: number | undefined;
  to: number | undefined;
}

/** How many entries of one kind would be added, changed or removed. */
export interface Counted {
  added: number;
  changed: number;
  removed: number;
}

/** A value before and after. */
export interface FromTo<T> {
  from: T;
  to: T;
}

/** Everything an import would change. */
export interface ProgressChanges {
  /** Modules that would move forward: started or completed. */
  gained: ModuleChange[];
  /** Modules that would move back. */
  lost: ModuleChange[];
  scoresRaised: ScoreChange[];
  scoresLowered: ScoreChange[];
  /** Quiz answers, by quiz and question. */
  answers: Counted;
  reflections: Counted;
  commitments: Counted;
  /** Check-ins on commitments. */
  checkIns: Counted;
  /** Team activities ticked as run. */
  activities: Counted;
  /** Questions in the review queue. */
  review: Counted;
  /** Active time over all modules, in seconds. */
  activeSeconds: FromTo<number>;
  /** The name on certificates. */
  learnerName: FromTo<string | undefined>;
  /** The chosen track's name (its id when the course no longer has it). */
  track: FromTo<string | undefined>;
  /** Whether anything at all differs, listed above or not (such as a visit's date). */
  anyDifference: boolean;
}

const rank: Record<ModuleStatus, number> = { "not-started": 0, "in-progress": 1, completed: 2 };

/** Entries added, changed and removed between two maps of entries. */
function count<T>(
  before: Record<string, T>,
  after: Record<string, T>,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): Counted {
  const counted = { added: 0, changed: 0, removed: 0 };
  for (const [key, entry] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) counted.added++;
    else if (!same(before[key]!, entry)) counted.changed++;
  }
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) counted.removed++;
  return counted;
}

/** JSON with keys in order, so that two equal records compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, nested: unknown) =>
    typeof nested === "object" && nested !== null && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : 1)))
      : nested,
  );

/** Every quiz answer, by "<quiz id>/<question id>". */
const answersOf = (progress: Progress) =>
  Object.fromEntries(
    Object.entries(progress.quizzes).flatMap(([quizId, quiz]) =>
      Object.entries(quiz.answers).map(([questionId, answer]) => [
        `${quizId}/${questionId}`,
        canonical(answer),
      ]),
    ),
  );

/** Every check-in, by commitment and time. */
const checkInsOf = (progress: Progress) =>
  Object.fromEntries(
    Object.entries(progress.commitments ?? {}).flatMap(([moduleId, commitment]) =>
      commitment.checkIns.map((checkIn) => [
        `${moduleId} ${commitment.madeAt} ${checkIn.at}`,
        canonical(checkIn),
      ]),
    ),
  );

const totalSeconds = (progress: Progress) =>
  Object.values(progress.activeSeconds ?? {}).reduce((sum, seconds) => sum + seconds, 0);

/** The name a certificate would show, if any. */
const shownName = (progress: Progress) => visibleName(progress.learnerName ?? "") || undefined;

/** A chosen track by its name, as the learner knows it. */
const trackName = (id: string | undefined, outline: CourseOutline) =>
  id === undefined
    ? undefined
    : outline.tracks && Object.hasOwn(outline.tracks, id)
      ? outline.tracks[id]
      : id;

/** The record without when it was saved, which every write changes. */
const withoutSavedAt = ({ savedAt: _savedAt, ...rest }: Progress) => rest;

/** How `next` differs from `current`, part by part. */
export function describeChanges(
  current: Progress,
  next: Progress,
  outline: CourseOutline,
): ProgressChanges {
  const before = summarizeProgress(current, outline).modules;
  const after = summarizeProgress(next, outline).modules;
  const changes: ProgressChanges = {
    gained: [],
    lost: [],
    scoresRaised: [],
    scoresLowered: [],
    answers: count(answersOf(current), answersOf(next)),
    reflections: count(current.reflections, next.reflections, (a, b) => a.text === b.text),
    commitments: count(
      current.commitments ?? {},
      next.commitments ?? {},
      (a, b) => a.text === b.text && a.madeAt === b.madeAt,
    ),
    checkIns: count(checkInsOf(current), checkInsOf(next)),
    activities: count(current.activities ?? {}, next.activities ?? {}),
    review: count(current.review ?? {}, next.review ?? {}, (a, b) => canonical(a) === canonical(b)),
    activeSeconds: { from: totalSeconds(current), to: totalSeconds(next) },
    learnerName: { from: shownName(current), to: shownName(next) },
    track: { from: trackName(current.track, outline), to: trackName(next.track, outline) },
    anyDifference: canonical(withoutSavedAt(current)) !== canonical(withoutSavedAt(next)),
  };
  after.forEach((module, index) => {
    const old = before[index]!;
    const status = { title: module.title, from: old.status, to: module.status };
    if (rank[module.status] > rank[old.status]) changes.gained.push(status);
    if (rank[module.status] < rank[old.status]) changes.lost.push(status);
    const score = { title: module.title, from: old.bestScore, to: module.bestScore };
    if ((module.bestScore ?? -1) > (old.bestScore ?? -1)) changes.scoresRaised.push(score);
    if ((module.bestScore ?? -1) < (old.bestScore ?? -1)) changes.scoresLowered.push(score);
  });
  return changes;
}

/** True when applying the import would leave the record as it is. */
export function hasNoChanges(changes: ProgressChanges): boolean {
  return !changes.anyDifference;
}
