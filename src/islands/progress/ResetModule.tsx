import { useRef, useState } from "preact/hooks";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { onDemand } from "../on-demand";
import { stringsWith } from "../../i18n/browser/page-strings";

/**
 * The confirmation (./ResetConfirm.tsx), with its words and the one said once the module is reset
 * (a file of their own: src/i18n/build, ownFileStrings): loaded when the learner first asks to
 * reset.
 */
const confirmCode = onDemand(() =>
  Promise.all([import("./ResetConfirm"), stringsWith("resetModule")]).then(([code]) => code),
);

/** Props from the module page. */
export interface ResetModuleProps {
  moduleId: string;
  title: string;
  quizIds: string[];
  /** The button's own words: the rest of the group comes with the confirmation. */
  label: string;
  strings: IslandStrings;
}

/**
 * "Reset this module": clears what withoutModule clears, after a confirmation. Enabled before it
 * hydrates: reaching for it hydrates it (client:reach), and a press made before is made again.
 */
export default function ResetModule({
  moduleId,
  title,
  quizIds,
  label,
  strings,
}: ResetModuleProps) {
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
          {label}
        </button>
      )}
      <p role="status" class="progress-message">
        {done && t.resetModule.done}
      </p>
    </div>
  );
}
