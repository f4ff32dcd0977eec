import { recordWatching, type WatchEvent } from "../lib/record/film";
import { updateProgress } from "./progress";

/** Add what the learner played of a film to their record (never lowering what it holds). */
export function watchFilm(event: Omit<WatchEvent, "now">): void {
  updateProgress("watch film", (progress, now) =>
    recordWatching(progress, { ...event, now: now.toISOString() }),
  );
}
