import { useRef, useState } from "preact/hooks";
import { resetProgress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";

/** "Reset all progress", with a confirmation step that says what will go. */
export default function ResetProgress() {
  const hydrated = useHydrated();
  const [step, setStep] = useState<"idle" | "confirming" | "done">("idle");
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const ask = () => {
    setStep("confirming");
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const cancel = () => {
    setStep("idle");
    requestAnimationFrame(() => startRef.current?.focus());
  };
  const reset = () => {
    resetProgress();
    setStep("done");
    requestAnimationFrame(() => startRef.current?.focus());
  };
  return (
    <div>
      {step !== "confirming" ? (
        <button
          type="button"
          class="button button-secondary"
          ref={startRef}
          disabled={!hydrated}
          onClick={ask}
        >
          Reset all progress
        </button>
      ) : (
        <div class="confirm-panel" role="group" aria-labelledby="reset-all-question">
          <p id="reset-all-question">
            Reset all progress on this device? Every module, answer and reflection will be cleared,
            and this cannot be undone. Download a copy first if you may want it back.
          </p>
          <div class="button-row">
            <button type="button" class="button button-danger" ref={confirmRef} onClick={reset}>
              Yes, reset everything
            </button>
            <button type="button" class="button button-secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" class="progress-message">
        {step === "done" && "All progress on this device has been reset."}
      </p>
    </div>
  );
}
