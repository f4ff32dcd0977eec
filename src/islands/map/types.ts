import type { TrackId } from "../../schemas/module";
import type { PathModule } from "../../lib/next-up";
import type { RoadModule } from "../../lib/road";

/** A module as the map shows it; prerequisites name only modules in the current content. */
export interface MapModule extends PathModule, RoadModule {
  title: string;
  summary: string;
  /** A Lucide icon's name, drawn from the page's sprite (src/course/icons.ts). */
  icon: string;
}

/** A track's name, who it is for and its stops in order (its plan, src/course/track-plan.ts). */
export interface TrackInfo {
  id: TrackId;
  name: string;
  who: string;
  stops: string[];
}
