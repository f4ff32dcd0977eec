import { useStore } from "../useStore";
import { useState } from "preact/hooks";
import type { CertificateTrack } from "../../lib/certificate";
import { percent } from "../labels";
import { emptyProgress } from "../../lib/record/record";
import type { CourseOutline } from "../../lib/record/summary";
import { makeSummary } from "../../lib/share/make";
import { summaryFileName, summaryFileText, summaryText } from "../../lib/share/write";
import { visibleName } from "../../lib/record/learner";
import { SUMMARY_LIMITS } from "../../lib/share/format";
import { $progress } from "../../stores/progress";
import { downloadJson } from "../progress/download";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { shareWords as words } from "./share-words";
import { useStrings, type IslandStrings } from "../../i18n/browser/client";

interface Props {
  outline: CourseOutline;
  tracks: CertificateTrack[];
  strings: IslandStrings;
}

/**
 * "Share with my manager": a summary of progress in numbers, shown in full before it goes, as a
 * file or as a text to paste. The preview is drawn from the summary itself, so what the learner
 * reads is exactly what is sent.
 */
export default function ShareSummary({ outline, tracks, strings }: Props) {
  useStrings(strings);
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [text, setText] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);

  const name = typed ?? progress.learnerName ?? "";
  const summary = makeSummary(progress, { outline, tracks }, name, new Date());
  const hasName = visibleName(name) !== "";
  const titleOf = (id: string) => outline.modules.find((module) => module.id === id)?.title ?? id;

  const download = () => {
    const now = makeSummary($progress.get(), { outline, tracks }, name, new Date());
    downloadJson(summaryFileText(now), summaryFileName(now));
    setMessage(words.downloaded);
  };
  const makeText = async () => {
    const made = await summaryText(
      makeSummary($progress.get(), { outline, tracks }, name, new Date()),
    );
    setText(made);
    setMessage(words.textMade(made.length));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? "");
      setMessage(words.copied);
    } catch {
      setMessage(words.copyFailed);
    }
  };

  return (
    <div class="share-summary">
      <label for="share-name">{words.nameLabel}</label>
      <p class="share-hint" id="share-name-hint">
        {words.nameHint}
      </p>
      <input
        id="share-name"
        type="text"
        autocomplete="name"
        maxLength={SUMMARY_LIMITS.name}
        aria-describedby="share-name-hint"
        value={name}
        disabled={!hydrated}
        onInput={(event) => {
          setTyped((event.currentTarget as HTMLInputElement).value);
          setText(undefined);
        }}
      />
      <section class="share-preview" aria-labelledby="share-preview-heading">
        <h3 id="share-preview-heading">{words.previewHeading}</h3>
        <p>{words.never}</p>
        {tracks.map((track) => {
          const shared = track.modules.flatMap((module) => {
            const entry = summary.modules.find((candidate) => candidate.id === module.id);
            return entry ? [entry] : [];
          });
          const done = shared.filter((entry) => entry.status === "done").length;
          return (
            <div key={track.id} data-track={track.id}>
              <h4>{words.trackLine(track.name, done, track.modules.length)}</h4>
              {shared.length === 0 ? (
                <p>{words.noModules}</p>
              ) : (
                <ul>
                  {shared.map((entry) => {
                    const score =
                      entry.score === undefined ? undefined : percent(entry.score / 100);
                    return (
                      <li key={entry.id}>
                        {entry.status === "done" && entry.day
                          ? words.moduleDone(titleOf(entry.id), formatDay(entry.day), score)
                          : words.moduleStarted(titleOf(entry.id), score)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
        <h4>{words.certificatesHeading}</h4>
        {summary.certificates.length === 0 ? (
          <p>{words.noneCertified}</p>
        ) : (
          <ul>
            {summary.certificates.map((certificate) => (
              <li key={certificate.code}>
                {words.certificate(
                  tracks.find((track) => track.id === certificate.track)?.title ??
                    certificate.track,
                  certificate.code,
                )}
              </li>
            ))}
          </ul>
        )}
        <p>
          {words.reviewLine(summary.review.learned, summary.review.waiting, summary.review.due)}
        </p>
        <p>{words.commitmentsLine(summary.commitments.made, summary.commitments.checkIns)}</p>
      </section>
      {!hasName && hydrated && <p class="share-hint">{words.nameNeeded}</p>}
      <div class="button-row">
        <button type="button" class="button" disabled={!hydrated || !hasName} onClick={download}>
          {words.download}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={!hydrated || !hasName}
          onClick={makeText}
        >
          {words.makeText}
        </button>
      </div>
      {text && (
        <div class="share-text">
          <label for="share-text">{words.textLabel}</label>
          <textarea
            class="code-box"
            id="share-text"
            readOnly
            rows={4}
            spellcheck={false}
            value={text}
          />
          <button type="button" class="button button-secondary" onClick={copy}>
            {words.copy}
          </button>
        </div>
      )}
      <p role="status" class="progress-message">
        {message}
      </p>
    </div>
  );
}
