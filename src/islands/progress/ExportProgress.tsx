import { useState } from "preact/hooks";
import { exportFileName, exportProgress } from "../../lib/record/export";
import { $progress } from "../../stores/progress";
import { downloadJson } from "./download";
import { useHydrated } from "../useHydrated";

/** A button that downloads the learner's record as a JSON file. */
export default function ExportProgress() {
  // Until the island hydrates a click would do nothing, so the button waits with it.
  const hydrated = useHydrated();
  const [done, setDone] = useState(false);
  const save = () => {
    const now = new Date();
    downloadJson(exportProgress($progress.get(), now.toISOString()), exportFileName(now));
    setDone(true);
  };
  return (
    <div>
      <button type="button" class="button" disabled={!hydrated} onClick={save}>
        Download my progress
      </button>
      <p role="status" class="progress-message">
        {done &&
          "Your progress file is downloading. Keep it somewhere private: it holds your answers and reflections."}
      </p>
    </div>
  );
}
