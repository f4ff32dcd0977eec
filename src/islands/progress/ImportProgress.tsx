import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../lib/record/record";
import type { CourseOutline } from "../../lib/record/summary";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/** A file read and found sound, with the preview that shows what importing it would change. */
interface Preview {
  incoming: Progress;
  ImportPreview: typeof import("./ImportPreview").default;
  /** A new preview for each file chosen: its merge or replace choice starts afresh. */
  key: number;
}

/**
 * Import a progress file: validated first, then a preview of what it changes, merged (better
 * result per module) or replacing. A refused file changes nothing and says why. The picker is
 * all the page loads; the validator and the preview load once a file is chosen.
 */
export default function ImportProgress(props: { outline: CourseOutline; strings: IslandStrings }) {
  useStrings(props.strings);
  const { outline } = props;
  const hydrated = useHydrated();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Which choice is the latest: a file chosen while another is still being read wins.
  const choices = useRef(0);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const choice = ++choices.current;
    setFileName(file?.name ?? null);
    setPreview(null);
    setMessage(null);
    setError(null);
    if (!file) return;
    // The validator and the preview load now, not with the page: most visits never import.
    const loaded = await Promise.all([import("./transfer"), import("./ImportPreview")]).catch(
      () => undefined,
    );
    if (choice !== choices.current) return;
    if (!loaded) {
      setError(t.transfer.couldNotStart);
      return;
    }
    const [{ checkImportSize, parseProgressFile }, { default: ImportPreview }] = loaded;
    const tooLarge = checkImportSize(file.size);
    const reading = tooLarge
      ? { ok: false as const, reason: tooLarge }
      : parseProgressFile(await file.text());
    if (choice !== choices.current) return;
    if (!reading.ok) {
      setError(reading.reason);
      return;
    }
    setPreview({ incoming: reading.progress, ImportPreview, key: choice });
  };

  const finish = (text: string | null) => {
    setPreview(null);
    setMessage(text);
    if (inputRef.current) inputRef.current.value = "";
    requestAnimationFrame(() => inputRef.current?.focus());
  };

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
      {preview && (
        <preview.ImportPreview
          key={preview.key}
          incoming={preview.incoming}
          outline={outline}
          onDone={finish}
          onRefused={(place) => {
            setPreview(null);
            setError(fill(t.transfer.notImportedAt, { place }));
          }}
        />
      )}
      <p role="status" class="progress-message">
        {message}
      </p>
    </div>
  );
}
