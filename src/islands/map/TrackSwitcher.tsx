import type { TrackId } from "../../schemas/module";
import { trackLink } from "./track-url";
import type { TrackInfo } from "./types";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

interface Props {
  tracks: readonly TrackInfo[];
  chosen: TrackId;
  onChoose: (track: TrackId) => void;
}

/** Radio buttons to choose a track, and a link to the chosen track that a manager can share. */
export function TrackSwitcher({ tracks, chosen, onChoose }: Props) {
  const chosenInfo = tracks.find((track) => track.id === chosen)!;
  return (
    <div class="track-switcher">
      <fieldset>
        <legend>{t.map.yourTrack}</legend>
        {tracks.map((track) => (
          <label class="track-option" key={track.id}>
            <input
              type="radio"
              name="track"
              value={track.id}
              checked={track.id === chosen}
              onChange={() => onChoose(track.id)}
            />
            <span>
              <span class="track-option-name">{track.name}</span>
              <span class="track-option-who">{track.who}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p class="track-share">
        {t.map.share}{" "}
        <a href={trackLink(chosen)}>{fill(t.map.shareLink, { track: chosenInfo.name })}</a>
      </p>
    </div>
  );
}
