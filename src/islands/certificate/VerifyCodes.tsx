import { trackName } from "../tracks";
import { useEffect, useState } from "preact/hooks";
import { MAX_CODES, MAX_CODES_TEXT, splitNamedCodes } from "../../lib/code-list";
import { parseCompletionCode, type ParsedCode } from "../../lib/completion-code";
import { codeProblemText } from "./code-words";
import type { TrackId } from "../../schemas/module";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";

interface Props {
  /** Each track's module fingerprint today, to say whether a code's modules match. */
  fingerprints: Record<TrackId, string>;
  strings: IslandStrings;
}

const ROWS_AT_ONCE = 20;

/**
 * Paste completion codes; see for each whether it is well formed, its track and its date. The
 * box holds MAX_CODES_TEXT characters: without a limit, a paste of megabytes froze the page
 * for seconds while the box laid it out.
 */
export default function VerifyCodes({ fingerprints, strings }: Props) {
  useStrings(strings);
  const [results, setResults] = useState<
    (ParsedCode & { name?: string | undefined })[] | undefined
  >(undefined);
  const [more, setMore] = useState(false);
  // Rows are added ROWS_AT_ONCE at a time, one task each, so a long list never holds the page.
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!results || shown >= results.length) return;
    const timer = setTimeout(() => setShown(shown + ROWS_AT_ONCE), 0);
    return () => clearTimeout(timer);
  }, [results, shown]);
  // Until the check can run here, the button would submit the form and reload the page,
  // losing what was pasted.
  const hydrated = useHydrated();

  // Chromium takes over a second to paste megabytes even into a box with a maxlength: a long
  // paste is cut here to the room left, and the browser never sees the rest.
  const paste = (event: ClipboardEvent) => {
    const box = event.currentTarget as HTMLTextAreaElement;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    const { selectionStart, selectionEnd } = box;
    const room = MAX_CODES_TEXT - box.value.length + (selectionEnd - selectionStart);
    if (text.length <= room) return;
    event.preventDefault();
    box.setRangeText(text.slice(0, Math.max(0, room)), selectionStart, selectionEnd, "end");
  };

  const check = (event: Event) => {
    event.preventDefault();
    const text = (document.getElementById("codes") as HTMLTextAreaElement).value;
    const list = splitNamedCodes(text);
    setResults(list.codes.map(({ code, name }) => ({ ...parseCompletionCode(code), name })));
    setShown(ROWS_AT_ONCE);
    // The box holds MAX_CODES_TEXT characters: a full box probably lost the end of a paste.
    setMore(list.more || text.length >= MAX_CODES_TEXT);
    requestAnimationFrame(() => document.getElementById("verify-results")?.focus());
  };

  return (
    <form class="verify-form" onSubmit={check}>
      <label for="codes">{t.verify.label}</label>
      <p class="verify-hint" id="codes-hint">
        {fill(t.verify.hint, { max: MAX_CODES })}
      </p>
      <textarea
        id="codes"
        class="code-box"
        rows={6}
        spellcheck={false}
        autocapitalize="characters"
        aria-describedby="codes-hint"
        maxLength={MAX_CODES_TEXT}
        onPaste={paste}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={!hydrated}>
          {t.verify.check}
        </button>
      </div>
      <div id="verify-results" tabIndex={-1} role="status" class="verify-results">
        {results?.length === 0 && <p>{t.verify.pasteFirst}</p>}
        {results && results.length > 0 && more && (
          <p class="notice">
            {fill(t.verify.onlyFirst, {
              count: results.length,
              max: MAX_CODES,
              chars: MAX_CODES_TEXT.toLocaleString(lang()),
            })}
          </p>
        )}
        {results && results.length > 0 && (
          // Five columns do not fit a phone: see .table-scroll in global.css.
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t.verify.tableLabel}>
            <table>
              <caption>
                {plural(lang(), t.verify.caption, results.length, {
                  ok: results.filter((result) => result.ok).length,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.verify.code}</th>
                  <th scope="col">{t.verify.wellFormed}</th>
                  <th scope="col">{t.verify.track}</th>
                  <th scope="col">{t.verify.completedOn}</th>
                  <th scope="col">{t.verify.modules}</th>
                </tr>
              </thead>
              <tbody>
                {results.slice(0, shown).map((result, index) => (
                  <tr key={`${result.code}-${index}`} data-ok={String(result.ok)}>
                    <th scope="row">
                      {result.name && <span class="verify-name">{result.name}</span>}
                      <code>{result.code}</code>
                    </th>
                    {result.ok ? (
                      <>
                        <td>{t.verify.yes}</td>
                        <td>{trackName(result.track)}</td>
                        <td>{formatDay(result.day)}</td>
                        <td>
                          {result.fingerprint === fingerprints[result.track]
                            ? t.verify.sameModules
                            : t.verify.otherModules}
                        </td>
                      </>
                    ) : (
                      <td colSpan={4}>
                        {t.verify.no} {codeProblemText(result.problem)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </form>
  );
}
