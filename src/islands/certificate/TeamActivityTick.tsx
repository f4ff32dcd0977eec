import { useStore } from "@nanostores/preact";
import { entryOf } from "../../lib/record/record";
import { withActivity } from "../../lib/team-activities";
import { $progress, updateProgress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";

/** A tick box for a manager who ran a module's team activity; the leader certificate lists it. */
export default function TeamActivityTick({ id, title }: { id: string; title: string }) {
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
            updateProgress("tick team activity", (current, now) =>
              withActivity(current, id, ran, now),
            );
          }}
        />
        <span>I ran “{title}” with my team</span>
      </label>
      <p class="team-activity-note" id={`${inputId}-note`}>
        {ranAt === undefined
          ? "Tick it once you have run it. Your leader certificate lists the activities you ran."
          : `✓ Ticked on ${formatDate(ranAt)}. Your leader certificate lists it.`}
      </p>
    </div>
  );
}
