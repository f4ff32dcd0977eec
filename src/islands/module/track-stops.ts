import { fetchNamedFile } from "../../i18n/browser/page-strings";
import type { TrackStops } from "../../lib/placement";

/*
 * Each track's stops, which the module's end needs only to tell when a whole track is done: one
 * file that every module page shares (src/course/track-plan.ts writes it), named in a <meta> as
 * the page writes its links, and fetched with the end's result code.
 */

/** The name of the <meta> in which a module page names the tracks' file. */
export const trackStopsMeta = "cx-track-stops";

/** The tracks' stops; none when the file cannot be had, so no track is taken for done. */
export const trackStops = (): Promise<TrackStops> =>
  (fetchNamedFile(trackStopsMeta) as Promise<TrackStops>).catch(() => ({}));
