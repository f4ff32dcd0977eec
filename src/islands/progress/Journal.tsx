import { useStore } from "../useStore";
import { useEffect, useState } from "preact/hooks";
import { emptyProgress } from "../../lib/record/record";
import { deleteReflection } from "../../stores/learner";
import { $progress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { pageHref } from "../page-href";

type GridCode = typeof import("../quiz/EmpathyGrid");

/** What the page knows about a reflection prompt, by "<quiz id>/<question id>". */
export interface ReflectionPrompt {
  prompt: string;
  moduleId: string;
  moduleTitle: string;
  /** An empathy map's box labels: the entry shows as its 2×2 grid. */
  boxes?: string[];
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
export default function Journal(props: {
  prompts: Record<string, ReflectionPrompt>;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { prompts } = props;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  // Entries show once the code they need is there, all at once, as the server rendered none.
  const needsGrid = Object.keys(stored.reflections).some((key) => prompts[key]?.boxes);
  // An empathy map's grid (../quiz/EmpathyGrid.tsx), only when the journal holds one: the module
  // page loads the same file on its own, one file that both find in the cache. (Not through
  // on-demand.ts, which comes with the module page's quiz code.)
  const [grid, setGrid] = useState<GridCode | undefined>(undefined);
  useEffect(() => {
    if (hydrated && needsGrid && !grid) void import("../quiz/EmpathyGrid").then(setGrid);
  }, [hydrated && needsGrid]);
  const progress = hydrated && (grid || !needsGrid) ? stored : emptyProgress();
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState("");
  const entries = Object.entries(progress.reflections).sort(([, a], [, b]) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );

  const remove = (key: string) => {
    deleteReflection(key);
    setConfirming(undefined);
    setMessage(t.journal.deleted);
    requestAnimationFrame(() => document.getElementById("journal-message")?.focus());
  };

  return (
    <div class="journal">
      {entries.length === 0 ? (
        <p>{t.journal.empty}</p>
      ) : (
        <>
          <div class="button-row journal-tools">
            <button type="button" class="button button-secondary" onClick={printJournal}>
              {t.journal.print}
            </button>
          </div>
          <ol class="journal-entries">
            {entries.map(([key, reflection]) => {
              const prompt = prompts[key];
              const heading = prompt?.prompt ?? t.journal.gone;
              return (
                <li key={key} class="journal-entry" data-key={key}>
                  <h3>{heading}</h3>
                  <p class="journal-meta">
                    {prompt && (
                      <>
                        <a href={pageHref(`/modules/${prompt.moduleId}/`)}>{prompt.moduleTitle}</a>{" "}
                        ·{" "}
                      </>
                    )}
                    {formatDate(reflection.updatedAt)}
                  </p>
                  {prompt?.boxes && grid ? (
                    <grid.EmpathyGrid
                      labels={prompt.boxes}
                      values={grid.splitEmpathyMap(prompt.boxes, reflection.text)}
                    />
                  ) : (
                    <p class="journal-text">{reflection.text}</p>
                  )}
                  {confirming === key ? (
                    <div class="confirm-panel" role="group" aria-label={t.journal.confirmLabel}>
                      <p>{t.journal.confirm}</p>
                      <div class="button-row">
                        <button
                          type="button"
                          class="button button-danger"
                          ref={(button) => button?.focus()}
                          onClick={() => remove(key)}
                        >
                          {t.journal.yes}
                        </button>
                        <button
                          type="button"
                          class="button button-secondary"
                          onClick={() => setConfirming(undefined)}
                        >
                          {t.journal.keep}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      class="button button-secondary journal-delete"
                      onClick={() => setConfirming(key)}
                    >
                      {t.journal.delete}
                      <span class="visually-hidden">{t.journal.deleteHidden}</span>
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
