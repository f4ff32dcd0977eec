import { useRef, useState } from "preact/hooks";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { onDemand } from "../on-demand";

/** The confirmation (./ResetConfirm.tsx): loaded when the learner first asks to reset. */
const confirmCode = onDemand(() => import("./ResetConfirm"));

/** Props from the module page. */
export interface ResetModuleProps {
  moduleId: string;
  title: string;
  quizIds: string[];
  strings: IslandStrings;
}

/**
 * "Reset this module": clears what withoutModule clears, after a confirmation. Enabled before it
 * hydrates: reaching for it hydrates it (client:reach), and a press made before is made again.
 */
export default function ResetModule({ moduleId, title, quizIds, strings }: ResetModuleProps) {
  useStrings(strings);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusLater = (element: { current: HTMLElement | null }) =>
    requestAnimationFrame(() => element.current?.focus());

  return (
    <div class="reset-module" data-pagefind-ignore>
      {confirming && confirmCode.loaded ? (
        <confirmCode.loaded.ResetConfirm
          moduleId={moduleId}
          title={title}
          quizIds={quizIds}
          confirmRef={confirmRef}
          onClose={(reset) => {
            setConfirming(false);
            setDone(reset);
            focusLater(startRef);
          }}
        />
      ) : (
        <button
          type="button"
          class="button button-quiet"
          ref={startRef}

          onClick={() =>
            confirmCode.use(() => {
              setDone(false);
              setConfirming(true);
              focusLater(confirmRef);
            })
          }
        >
          {t.resetModule.start}
        </button>
      )}
      <p role="status" class="progress-message">
        {done && t.resetModule.done}
      </p>
    </div>
  );
}
