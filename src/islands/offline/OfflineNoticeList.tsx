import { useState } from "preact/hooks";
import { offlineWords as words } from "./offline-words";

/*
 * The notices themselves: loaded by OfflineNotices only when the learner is offline or a new
 * version is waiting. Nothing here reloads on its own: the learner chooses when.
 */

/** The learner accepts the new version: it takes over, then the page reloads into it. */
async function acceptUpdate() {
  const workers = navigator.serviceWorker;
  const waiting = (await workers.getRegistration())?.waiting;
  // Accepted in another tab already: the new version is in charge, this page only needs a reload.
  if (!waiting) return location.reload();
  workers.oncontrollerchange = () => location.reload();
  waiting.postMessage({ type: "SKIP_WAITING" });
}

interface Props {
  offline: boolean;
  update: "ready" | "elsewhere" | undefined;
}

/** The offline notice and the new-version notice, each in words rather than colour alone. */
export function OfflineNoticeList({ offline, update }: Props) {
  const [later, setLater] = useState(false);
  return (
    <>
      {offline && (
        <div class="notice progress-notice" data-notice="offline">
          <p>{words.offline}</p>
        </div>
      )}
      {update && !later && (
        <div class="notice progress-notice" data-notice="update">
          <p>{update === "ready" ? words.updateReady : words.updatedElsewhere}</p>
          <button type="button" class="button" onClick={acceptUpdate}>
            {words.reload}
          </button>
          {update === "ready" && (
            <button type="button" class="button button-secondary" onClick={() => setLater(true)}>
              {words.later}
            </button>
          )}
        </div>
      )}
    </>
  );
}
