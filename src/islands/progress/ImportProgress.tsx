import { useStore } from "../useStore";
import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import { describeChanges, hasNoChanges, type ProgressChanges } from "../../lib/record/changes";
import { mergeProgress } from "../../lib/record/merge";
import type { CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { applyImport } from "../../stores/transfer";
import { useHydrated } from "../useHydrated";
import { additions, alterations, joinList, losses, removals } from "./import-words";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { labelled } from "../../i18n/browser/punctuation";
import { fill, plural } from "../../i18n/format";
import { percent as asPercent } from "../labels";

type Mode = "merge" | "replace";

const percent = (share: number | undefined) =>
  share === undefined ? t.transfer.none : asPercent(share);
const statusWords = () => ({
  "not-started": t.transfer.notStarted,
  "in-progress": t.transfer.inProgress,
  completed: t.transfer.completed,
});

/** The changes an import would make, as short lists, with what it would lose said plainly. */
function ChangeList({ changes, mode }: { changes: ProgressChanges; mode: Mode }) {
  if (hasNoChanges(changes)) {
    return <p>{t.transfer.nothing}</p>;
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
          <strong>
            {mode === "replace" ? t.transfer.replacingLoses : t.transfer.mergingLoses}
          </strong>
          {fill(t.transfer.lossAfter, { list: joinList(lost) })}
        </p>
      )}
      {section(
        t.transfer.gained,
        changes.gained.map((change) =>
          fill(t.transfer.nowStatus, { title: change.title, status: statusWords()[change.to] }),
        ),
      )}
      {section(
        t.transfer.raised,
        changes.scoresRaised.map((change) =>
          labelled(change.title, `${percent(change.from)} → ${percent(change.to)}`),
        ),
      )}
      {section(t.transfer.alsoAdded, additions(changes))}
      {section(t.transfer.changed, alterations(changes))}
      {section(
        t.transfer.goBack,
        changes.lost.map((change) =>
          labelled(change.title, `${statusWords()[change.from]} → ${statusWords()[change.to]}`),
        ),
      )}
      {section(
        t.transfer.lowered,
        changes.scoresLowered.map((change) =>
          labelled(change.title, `${percent(change.from)} → ${percent(change.to)}`),
        ),
      )}
      {section(t.transfer.alsoRemoved, removals(changes))}
      {!listed && <p>{t.transfer.smallDetails}</p>}
    </div>
  );
}

/** The apply button's words: a loss is named on the button itself. */
function applyLabel(changes: ProgressChanges, mode: Mode): string {
  const lost = losses(changes);
  if (lost.length > 0) {
    return fill(mode === "replace" ? t.transfer.replaceAndLose : t.transfer.mergeAndLose, {
      list: joinList(lost),
    });
  }
  return mode === "replace" ? t.transfer.replace : t.transfer.merge;
}

/**
 * Import a progress file: validated first, then a preview of what it changes, merged (better
 * result per module) or replacing. A refused file changes nothing and says why.
 */
export default function ImportProgress(props: { outline: CourseOutline; strings: IslandStrings }) {
  useStrings(props.strings);
  const { outline } = props;
  const hydrated = useHydrated();
  const current = useStore($progress);
  const [incoming, setIncoming] = useState<Progress | null>(null);
  const [mode, setMode] = useState<Mode>("merge");
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLElement>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setFileName(file?.name ?? null);
    setIncoming(null);
    setMessage(null);
    setError(null);
    if (!file) return;
    // The validator loads now, not with the page: most visits never import.
    const transfer = await import("./transfer").catch(() => undefined);
    if (!transfer) {
      setError(t.transfer.couldNotStart);
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
      {/* The picker as a button with its state in the page's words, not the browser's. */}
      <div class="file-picker">
        <input
          type="file"
          id="import-file"
          class="visually-hidden"
          accept="application/json,.json"
          ref={inputRef}
          disabled={!hydrated}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? "import-file-state import-error" : "import-file-state"}
          onChange={(event) => void choose(event.currentTarget)}
        />
        <label for="import-file" class="button button-secondary">
          {t.transfer.chooseFile}
        </label>
        <span id="import-file-state" class="file-picker-state">
          {fileName ? fill(t.transfer.fileChosen, { name: fileName }) : t.transfer.noFile}
        </span>
      </div>
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
          <h3 id="import-preview-heading">{t.transfer.previewHeading}</h3>
          <fieldset>
            <legend>{t.transfer.how}</legend>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === "merge"}
                onChange={() => setMode("merge")}
              />
              <span>{t.transfer.mergeChoice}</span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="import-mode"
                checked={mode === "replace"}
                onChange={() => setMode("replace")}
              />
              <span>{t.transfer.replaceChoice}</span>
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
                  setError(fill(t.transfer.notImportedAt, { place: refusedAt }));
                  return;
                }
                const gained = changes.gained.length;
                finish(
                  fill(t.transfer.imported, {
                    modules: plural(lang(), t.transfer.modules, gained),
                    scores: plural(lang(), t.transfer.scores, changes.scoresRaised.length),
                  }),
                );
              }}
            >
              {applyLabel(changes, mode)}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => finish(t.transfer.nothingImported)}
            >
              {t.transfer.cancel}
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
