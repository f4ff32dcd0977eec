import { useState } from "preact/hooks";
import { parseCompletionCode, type ParsedCode } from "../../lib/completion-code";
import type { TrackId } from "../../schemas/module";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";

interface Props {
  trackNames: Record<TrackId, string>;
  /** Each track's module fingerprint today, to say whether a code's modules match. */
  fingerprints: Record<TrackId, string>;
}

/** Codes pasted in any layout: one per line, or separated by spaces, commas or semicolons. */
function splitCodes(text: string): string[] {
  return text
    .split(/[\n,;]+|\s{2,}|\s+(?=CX)/i)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** Paste completion codes; see for each whether it is well formed, its track and its date. */
export default function VerifyCodes({ trackNames, fingerprints }: Props) {
  const [results, setResults] = useState<ParsedCode[] | undefined>(undefined);
  // Until the check can run here, the button would submit the form and reload the page,
  // losing what was pasted.
  const hydrated = useHydrated();

  const check = (event: Event) => {
    event.preventDefault();
    const text = (document.getElementById("codes") as HTMLTextAreaElement).value;
    setResults(splitCodes(text).map((code) => parseCompletionCode(code)));
    requestAnimationFrame(() => document.getElementById("verify-results")?.focus());
  };

  return (
    <form class="verify-form" onSubmit={check}>
      <label for="codes">Completion codes, one per line</label>
      <textarea id="codes" rows={6} spellcheck={false} autocapitalize="characters" />
      <div class="button-row">
        <button type="submit" class="button" disabled={!hydrated}>
          Check codes
        </button>
      </div>
      <div id="verify-results" tabIndex={-1} role="status" class="verify-results">
        {results?.length === 0 && <p>Paste at least one code first.</p>}
        {results && results.length > 0 && (
          // Five columns do not fit a phone: see .table-scroll in global.css.
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Checked codes">
            <table>
              <caption>
                {results.length} {results.length === 1 ? "code" : "codes"} checked,{" "}
                {results.filter((result) => result.ok).length} well formed
              </caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Well formed?</th>
                  <th scope="col">Track</th>
                  <th scope="col">Completed on</th>
                  <th scope="col">Modules</th>
                </tr>
              </thead>
              <tbody>
                {results.map((result, index) => (
                  <tr key={`${result.code}-${index}`} data-ok={String(result.ok)}>
                    <th scope="row">
                      <code>{result.code}</code>
                    </th>
                    {result.ok ? (
                      <>
                        <td>✓ Yes</td>
                        <td>{trackNames[result.track]}</td>
                        <td>{formatDay(result.day)}</td>
                        <td>
                          {result.fingerprint === fingerprints[result.track]
                            ? "The track's modules today"
                            : "Other modules: the track has changed since, or the code was made elsewhere"}
                        </td>
                      </>
                    ) : (
                      <td colSpan={4}>✗ No. {result.reason}</td>
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
