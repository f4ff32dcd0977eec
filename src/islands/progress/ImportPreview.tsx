import { useStore } from "../useStore";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import { describeChanges, hasNoChanges, type ProgressChanges } from "../../lib/record/changes";
import { mergeProgress } from "../../lib/record/merge";
import type { CourseOutline } from "../../lib/record/summary";
import { $progress } from "../../stores/progress";
import { applyImport } from "../../stores/transfer";
import { additions, alterations, joinList, losses, removals } from "./import-words";
import { lang, t } from "../../i18n/browser/client";
import { labelled } from "../../i18n/browser/punctuation";
import { fill, plural } from "../../i18n/format";
import { percent as asPercent } from "../labels";

/*
 * The preview of a chosen progress file and its apply and cancel buttons: loaded by
 * ImportProgress with the file's validator once the learner chooses a file, not with the page.
 */

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
 * What importing `incoming` would change, merged (better result per module) or replacing, and
 * the buttons to do it or not. `onDone` gets the words to show once it is done or cancelled;
 * `onRefused` the place in the record that would not be stored (nothing is changed then).
 */
export default function ImportPreview(props: {
  incoming: Progress;
  outline: CourseOutline;
  onDone: (message: string) => void;
  onRefused: (place: string) => void;
}) {
  const { incoming, outline, onDone, onRefused } = props;
  const current = useStore($progress);
  const [mode, setMode] = useState<Mode>("merge");
  const ref = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on the preview they asked for.
  useEffect(() => ref.current?.focus(), []);
  const next = mode === "merge" ? mergeProgress(current, incoming) : incoming;
  const changes = describeChanges(current, next, outline);

  return (
    <section
      class="import-preview"
      aria-labelledby="import-preview-heading"
      tabIndex={-1}
      ref={ref}
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
              onRefused(refusedAt);
              return;
            }
            const gained = changes.gained.length;
            onDone(
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
          onClick={() => onDone(t.transfer.nothingImported)}
        >
          {t.transfer.cancel}
        </button>
      </div>
    </section>
  );
}
