import { useStore } from "@nanostores/preact";
import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import { describeChanges, hasNoChanges, type ProgressChanges } from "../../lib/record/changes";
import { mergeProgress } from "../../lib/record/merge";
import type { CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { applyImport } from "../../stores/transfer";
import { useHydrated } from "../useHydrated";
import { additions, alterations, joinList, losses, removals } from "./import-words";

type Mode = "merge" | "replace";

const percent = (share: number | undefined) =>
  share === undefined ? "none" : `${Math.round(share * 100)}%`;
const statusWords = {
  "not-started": "not started",
  "in-progress": "in progress",
  completed: "completed",
};

/** The changes an import would make, as short lists, with what it would lose said plainly. */
function ChangeList({ changes, mode }: { changes: ProgressChanges; mode: Mode }) {
  if (hasNoChanges(changes)) {
    return <p>This would change nothing: this device already has everything in the file.</p>;
  }
  const section = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <h4>{title}</h4>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </>
    );
  const lost = losses(changes);
  const listed = [
    changes.gained,
    changes.scoresRaised,
    changes.lost,
    changes.scoresLowered,
    additions(changes),
    alterations(changes),
    removals(changes),
  ].some((list) => list.length > 0);
  return (
    <div class="import-changes">
      {lost.length > 0 && (
        <p class="import-loss">
          <strong>{mode === "replace" ? "Replacing" : "Merging"} would lose </strong>
          {joinList(lost)} from this device. To keep a copy, download your progress first.
        </p>
      )}
      {section(
        "Modules gained",
        changes.gained.map((change) => `${change.title}: now ${statusWords[change.to]}`),
      )}
      {section(
        "Scores raised",
        changes.scoresRaised.map(
          (change) => `${change.title}: ${percent(change.from)} → ${percent(change.to)}`,
        ),
      )}
      {section("Also added", additions(changes))}
      {section("Changed", alterations(changes))}
      {section(
        "Modules that would go back",
        changes.lost.map(
          (change) => `${change.title}: ${statusWords[change.from]} → ${statusWords[change.to]}`,
        ),
      )}
      {section(
        "Scores lowered",
        changes.scoresLowered.map(
          (change) => `${change.title}: ${percent(change.from)} → ${percent(change.to)}`,
        ),
      )}
      {section("Also removed", removals(changes))}
      {!listed && <p>Only small details would change, such as the dates of visits.</p>}
    </div>
  );
}

/** The apply button's words: a loss is named on the button itself. */
function applyLabel(changes: ProgressChanges, mode: Mode): string {
  const lost = losses(changes);
  if (lost.length > 0)
    return `${mode === "replace" ? "Replace" : "Merge"} and lose ${joinList(lost)}`;
  return mode === "replace" ? "Replace my progress" : "Merge into my progress";
}

/**
 * Import a progress file: validated first, then a preview of what it changes, merged (better
 * result per module) or replacing. A refused file changes nothing and says why.
 */
export default function ImportProgress({ outline }: { outline: CourseOutline }) {
  const hydrated = useHydrated();
  const current = useStore($progress);
  const [incoming, setIncoming] = useState<Progress | null>(null);
  const [mode, setMode] = useState<Mode>("merge");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLElement>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setIncoming(null);
    setMessage(null);
    setError(null);
    if (!file) return;
    // The validator loads now, not with the page: most visits never import.
    const transfer = await import("../../lib/record/transfer").catch(() => undefined);
    if (!transfer) {
      setError("The import could not start. Reload the page and choose the file again.");
      return;
    }
    const { checkImportSize, parseProgressFile } = transfer;
    const tooLarge = checkImportSize(file.size);
    const reading = tooLarge
      ? { ok: false as const, reason: tooLarge }
      : parseProgressFile(await file.text());
    if (!reading.ok) {
      setError(reading.reason);
      return;
    }
    setMode("merge");
    setIncoming(reading.progress);
    requestAnimationFrame(() => previewRef.current?.focus());
  };

  const finish = (text: string | null) => {
    setIncoming(null);
    setMessage(text);
    if (inputRef.current) inputRef.current.value = "";
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const next = incoming && (mode === "merge" ? mergeProgress(current, incoming) : incoming);
  const changes = next && describeChanges(current, next, outline);

  return (
    <div class="import-progress">
      <label for="import-file">Choose a progress file (.json)</label>
      <input
        type="file"
        id="import-file"
        accept="application/json,.json"
        ref={inputRef}
        disabled={!hydrated}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "import-error" : undefined}
        onChange={(event) => void choose(event.currentTarget)}
      />
      {error && (
        <p class="form-error" id="import-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {incoming && changes && (
        <section
          class="import-preview"
          aria-labelledby="import-preview-heading"
          tabIndex={-1}
          ref={previewRef}
        >
          <h3 id="import-preview-heading">What this file would change</h3>
          <fieldset>
            <legend>How to bring it in</legend>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === "merge"}
                onChange={() => setMode("merge")}
              />
              <span>
                Merge: keep the better result for each module, and add what only the file has
              </span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === "replace"}
                onChange={() => setMode("replace")}
              />
              <span>Replace: use only the file, clearing what this device has now</span>
            </label>
          </fieldset>
          <ChangeList changes={changes} mode={mode} />
          <div class="button-row">
            <button
              type="button"
              class={mode === "replace" ? "button button-danger" : "button"}
              onClick={async () => {
                const refusedAt = await applyImport(incoming, mode);
                if (refusedAt) {
                  setIncoming(null);
                  setError(
                    `Nothing was imported: at ${refusedAt}, the result would not read back as it is once saved. Your progress is as it was.`,
                  );
                  return;
                }
                const gained = changes.gained.length;
                finish(
                  `Imported. ${gained} ${gained === 1 ? "module" : "modules"} gained, ${changes.scoresRaised.length} ${changes.scoresRaised.length === 1 ? "score" : "scores"} raised.`,
                );
              }}
            >
              {applyLabel(changes, mode)}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => finish("Nothing was imported.")}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
      <p role="status" class="progress-message">
        {message}
      </p>
    </div>
  );
}
