import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { withoutReflection } from "../../lib/learner-actions";
import { emptyProgress } from "../../lib/record/record";
import { $progress, updateProgress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { siteHref } from "../../lib/site-url";

/** What the page knows about a reflection prompt, by "<quiz id>/<question id>". */
export interface ReflectionPrompt {
  prompt: string;
  moduleId: string;
  moduleTitle: string;
}

/** Print only the journal: the page's print styles hide the rest while this is set. */
function printJournal() {
  document.documentElement.dataset["printing"] = "journal";
  const done = () => delete document.documentElement.dataset["printing"];
  window.addEventListener("afterprint", done, { once: true });
  window.print();
}

/**
 * The reflections journal: everything the learner wrote, with its prompt, newest first. It can
 * be printed on its own, and each entry deleted after a confirmation.
 */
export default function Journal({ prompts }: { prompts: Record<string, ReflectionPrompt> }) {
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState("");
  const entries = Object.entries(progress.reflections).sort(([, a], [, b]) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );

  const remove = (key: string) => {
    updateProgress("delete reflection", (current) => withoutReflection(current, key));
    setConfirming(undefined);
    setMessage("The reflection was deleted from this device.");
    requestAnimationFrame(() => document.getElementById("journal-message")?.focus());
  };

  return (
    <div class="journal">
      {entries.length === 0 ? (
        <p>
          Nothing yet. When a module asks you to reflect, what you write is kept here, on this
          device only.
        </p>
      ) : (
        <>
          <div class="button-row journal-tools">
            <button type="button" class="button button-secondary" onClick={printJournal}>
              Print my journal
            </button>
          </div>
          <ol class="journal-entries">
            {entries.map(([key, reflection]) => {
              const prompt = prompts[key];
              const heading =
                prompt?.prompt ?? "A reflection from a module this course no longer has";
              return (
                <li key={key} class="journal-entry" data-key={key}>
                  <h3>{heading}</h3>
                  <p class="journal-meta">
                    {prompt && (
                      <>
                        <a href={siteHref(`/modules/${prompt.moduleId}/`)}>{prompt.moduleTitle}</a>{" "}
                        ·{" "}
                      </>
                    )}
                    {formatDate(reflection.updatedAt)}
                  </p>
                  <p class="journal-text">{reflection.text}</p>
                  {confirming === key ? (
                    <div class="confirm-panel" role="group" aria-label="Confirm deletion">
                      <p>Delete this reflection from this device? This cannot be undone.</p>
                      <div class="button-row">
                        <button
                          type="button"
                          class="button button-danger"
                          ref={(button) => button?.focus()}
                          onClick={() => remove(key)}
                        >
                          Yes, delete it
                        </button>
                        <button
                          type="button"
                          class="button button-secondary"
                          onClick={() => setConfirming(undefined)}
                        >
                          Keep it
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      class="button button-secondary journal-delete"
                      onClick={() => setConfirming(key)}
                    >
                      Delete<span class="dashboard-visually-hidden"> this reflection</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p role="status" id="journal-message" tabIndex={-1} class="progress-message">
        {message}
      </p>
    </div>
  );
}
