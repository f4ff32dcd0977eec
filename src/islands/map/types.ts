import type { TrackId } from "../../schemas/module";
import type { PathModule } from "../../lib/next-up";

/** A module as the map shows it; prerequisites name only modules in the current content. */
export interface MapModule extends PathModule {
  title: string;
  summary: string;
}

/** A track's name and who it is for. */
export interface TrackInfo {
  id: TrackId;
  name: string;
  who: string;
}
