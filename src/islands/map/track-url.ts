import type { TrackId } from "../../schemas/module";
import { pageHref } from "../page-href";

/** The track a `?track=` query names, if it is one of `known`; the page passes the list in, so zod stays out of the browser. */
export function trackFromSearch(search: string, known: readonly TrackId[]): TrackId | undefined {
  const value = new URLSearchParams(search).get("track");
  return known.find((track) => track === value);
}

/** A link to the map in the page's language with a track chosen, for a manager to send to the team. */
export function trackLink(track: TrackId): string {
  return pageHref(`/?track=${encodeURIComponent(track)}`);
}
