import { useStore } from "../useStore";
import { entryOf } from "../../lib/record/record";
import { tickTeamActivity } from "../../stores/activities";
import { $progress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** A tick box for a manager who ran a module's team activity; the leader certificate lists it. */
export default function TeamActivityTick(props: {
  id: string;
  title: string;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { id, title } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const ranAt = hydrated ? entryOf(progress.activities ?? {}, id) : undefined;
  const inputId = `activity-${id}`;
  return (
    <div class="team-activity-tick">
      <label class="choice" for={inputId}>
        <input
          type="checkbox"
          id={inputId}
          checked={ranAt !== undefined}
          disabled={!hydrated}
          aria-describedby={`${inputId}-note`}
          onChange={(event) => {
            // Read now: the change may be applied after the event is over.
            const ran = event.currentTarget.checked;
            tickTeamActivity(id, ran);
          }}
        />
        <span>{fill(t.teamActivity.ran, { title })}</span>
      </label>
      <p class="team-activity-note" id={`${inputId}-note`}>
        {ranAt === undefined
          ? t.teamActivity.tickIt
          : fill(t.teamActivity.ticked, { date: formatDate(ranAt) })}
      </p>
    </div>
  );
}
