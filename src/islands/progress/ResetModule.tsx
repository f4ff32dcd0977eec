import { useRef, useState } from "preact/hooks";
import { resetModule } from "../../stores/module";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** Props from the module page. */
export interface ResetModuleProps {
  moduleId: string;
  title: string;
  quizIds: string[];
  strings: IslandStrings;
}

/** "Reset this module": clears what withoutModule clears, after a confirmation. */
export default function ResetModule({ moduleId, title, quizIds, strings }: ResetModuleProps) {
  useStrings(strings);
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const focusLater = (element: { current: HTMLElement | null }) =>
    requestAnimationFrame(() => element.current?.focus());

  return (
    <div class="reset-module" data-pagefind-ignore>
      {confirming ? (
        <div class="confirm-panel" role="group" aria-labelledby={`reset-${moduleId}-question`}>
          <p id={`reset-${moduleId}-question`}>{fill(t.resetModule.question, { title })}</p>
          <div class="button-row">
            <button
              type="button"
              class="button button-danger"
              ref={confirmRef}
              onClick={() => {
                resetModule(moduleId, quizIds);
                setConfirming(false);
                setDone(true);
                focusLater(startRef);
              }}
            >
              {t.resetModule.yes}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setConfirming(false);
                focusLater(startRef);
              }}
            >
              {t.resetModule.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button button-quiet"
          ref={startRef}
          disabled={!hydrated}
          onClick={() => {
            setDone(false);
            setConfirming(true);
            focusLater(confirmRef);
          }}
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
