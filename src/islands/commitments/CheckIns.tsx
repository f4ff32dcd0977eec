import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { dueCheckIns } from "../../lib/commitments-due";
import { $progress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { CheckInForm } from "./CheckInForm";

/** Every commitment whose check-in is due, each with its "did you? what happened?" form. */
export default function CheckIns({ moduleTitles }: { moduleTitles: Record<string, string> }) {
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
          moduleTitle={moduleTitles[each.moduleId]}
          onSaved={() => {
            setSaved("Check-in saved on this device. Thank you.");
            requestAnimationFrame(() => document.getElementById("check-ins-saved")?.focus());
          }}
        />
      ))}
      {due.length === 0 && (
        <p>
          {made === 0
            ? "No commitments yet. At the end of “Our experience principles” and “Empathy in practice” you choose one thing to do differently; its check-ins come here."
            : "No check-ins due today. Your commitments and check-ins are listed on My progress."}
        </p>
      )}
      <p role="status" id="check-ins-saved" tabIndex={-1}>
        {saved}
      </p>
    </div>
  );
}
