import { useRef, useState } from "preact/hooks";
import "../../styles/progress.css";
import { resetModule } from "../../stores/module";
import { useHydrated } from "../useHydrated";

/** Props from the module page. */
export interface ResetModuleProps {
  moduleId: string;
  title: string;
  quizIds: string[];
}

/** "Reset this module": clears what withoutModule clears, after a confirmation. */
export default function ResetModule({ moduleId, title, quizIds }: ResetModuleProps) {
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
          <p id={`reset-${moduleId}-question`}>
            Reset “{title}”? Its status, quiz answers, reflections, review questions and time will
            be cleared. Your commitments and ticked team activities stay, and other modules are not
            affected.
          </p>
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
              Yes, reset this module
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setConfirming(false);
                focusLater(startRef);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button button-secondary"
          ref={startRef}
          disabled={!hydrated}
          onClick={() => {
            setDone(false);
            setConfirming(true);
            focusLater(confirmRef);
          }}
        >
          Reset this module
        </button>
      )}
      <p role="status" class="progress-message">
        {done && "This module has been reset."}
      </p>
    </div>
  );
}
