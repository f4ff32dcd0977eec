import { entryOf } from "../../lib/record/record";
import { useStore } from "../useStore";
import { useState } from "preact/hooks";
import { dueCheckIns } from "../../lib/commitments-due";
import { $progress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { CheckInForm } from "./CheckInForm";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";

/** Every commitment whose check-in is due, each with its "did you? what happened?" form. */
export default function CheckIns(props: {
  moduleTitles: Record<string, string>;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { moduleTitles } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [saved, setSaved] = useState("");
  const due = hydrated ? dueCheckIns(progress, new Date()) : [];
  const made = hydrated ? Object.keys(progress.commitments ?? {}).length : 0;
  return (
    <div class="check-ins">
      {due.map((each) => (
        <CheckInForm
          key={each.moduleId}
          due={each}
          moduleTitle={entryOf(moduleTitles, each.moduleId)}
          onSaved={() => {
            setSaved(t.checkIn.saved);
            requestAnimationFrame(() => document.getElementById("check-ins-saved")?.focus());
          }}
        />
      ))}
      {due.length === 0 && <p>{made === 0 ? t.checkIn.noneMade : t.checkIn.noneDue}</p>}
      <p role="status" id="check-ins-saved" tabIndex={-1}>
        {saved}
      </p>
    </div>
  );
}
