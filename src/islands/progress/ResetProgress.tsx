import { useRef, useState } from "preact/hooks";
import { resetProgress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";

/** "Reset all progress", with a confirmation step that says what will go. */
export default function ResetProgress({ strings }: { strings: IslandStrings }) {
  useStrings(strings);
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
          {t.resetAll.start}
        </button>
      ) : (
        <div class="confirm-panel" role="group" aria-labelledby="reset-all-question">
          <p id="reset-all-question">{t.resetAll.question}</p>
          <div class="button-row">
            <button type="button" class="button button-danger" ref={confirmRef} onClick={reset}>
              {t.resetAll.yes}
            </button>
            <button type="button" class="button button-secondary" onClick={cancel}>
              {t.resetAll.cancel}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="progress-message">
        {step === "done" && t.resetAll.done}
      </p>
    </div>
  );
}
