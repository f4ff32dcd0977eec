import course from "virtual:cx/course";
import { t } from "../i18n/browser/client";

/*
 * The course's tracks as the browser's code knows them, from content/course.yaml: one place
 * that search, the dashboard, certificates and the verify page ask for a track's name, in the
 * page's language when the page gave its islands the course's words (src/i18n/browser/client.ts).
 */

/** The course's tracks, in their order. */
export const tracks = course.tracks;

/** The name of a track, or its id for a track the course file no longer has. */
export function trackName(id: string): string {
  return t.page?.tracks[id]?.name ?? tracks.find((track) => track.id === id)?.name ?? id;
}
