import { useState } from "preact/hooks";
import { exportFileName, exportProgress } from "../../lib/record/export";
import { $progress } from "../../stores/progress";
import { downloadJson } from "./download";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";

/** A button that downloads the learner's record as a JSON file. */
export default function ExportProgress({ strings }: { strings: IslandStrings }) {
  useStrings(strings);
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
        {t.transfer.download}
      </button>
      <p role="status" class="progress-message">
        {done && t.transfer.downloading}
      </p>
    </div>
  );
}
