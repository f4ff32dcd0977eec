import { useStore } from "../useStore";
import { useState } from "preact/hooks";
import type { CertificateTrack } from "../../lib/certificate";
import { percent } from "../labels";
import { emptyProgress } from "../../lib/record/record";
import type { CourseOutline } from "../../lib/record/summary";
import { makeSummary } from "../../lib/share/make";
import { visibleName } from "../../lib/record/learner";
import { SUMMARY_NAME_LENGTH } from "../../lib/share/format";
import { $progress } from "../../stores/progress";
import { downloadJson } from "../progress/download";
import { formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";

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

  // The writer loads when the learner asks for a file or a text, not with the page.
  const writer = () =>
    import("../../lib/share/write").catch(() => {
      setMessage(t.share.notLoaded);
      return undefined;
    });
  const download = async () => {
    const write = await writer();
    if (!write) return;
    const now = makeSummary($progress.get(), { outline, tracks }, name, new Date());
    downloadJson(write.summaryFileText(now), write.summaryFileName(now));
    setMessage(t.share.downloaded);
  };
  const makeText = async () => {
    const write = await writer();
    if (!write) return;
    const made = await write.summaryText(
      makeSummary($progress.get(), { outline, tracks }, name, new Date()),
    );
    setText(made);
    setMessage(fill(t.share.textMade, { length: made.length }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? "");
      setMessage(t.share.copied);
    } catch {
      setMessage(t.share.copyFailed);
    }
  };

  return (
    <div class="share-summary">
      <label for="share-name">{t.share.nameLabel}</label>
      <p class="share-hint" id="share-name-hint">
        {t.share.nameHint}
      </p>
      <input
        id="share-name"
        type="text"
        autocomplete="name"
        maxLength={SUMMARY_NAME_LENGTH}
        aria-describedby="share-name-hint"
        value={name}
        disabled={!hydrated}
        onInput={(event) => {
          setTyped((event.currentTarget as HTMLInputElement).value);
          setText(undefined);
        }}
      />
      <section class="share-preview" aria-labelledby="share-preview-heading">
        <h3 id="share-preview-heading">{t.share.previewHeading}</h3>
        <p>{t.share.never}</p>
        {tracks.map((track) => {
          const shared = track.modules.flatMap((module) => {
            const entry = summary.modules.find((candidate) => candidate.id === module.id);
            return entry ? [entry] : [];
          });
          const done = shared.filter((entry) => entry.status === "done").length;
          return (
            <div key={track.id} data-track={track.id}>
              <h4>
                {plural(lang(), t.share.trackLine, track.modules.length, {
                  track: track.name,
                  done,
                })}
              </h4>
              {shared.length === 0 ? (
                <p>{t.share.noModules}</p>
              ) : (
                <ul>
                  {shared.map((entry) => {
                    const score =
                      entry.score === undefined ? undefined : percent(entry.score / 100);
                    return (
                      <li key={entry.id}>
                        {entry.status === "done" && entry.day
                          ? fill(score ? t.share.moduleDoneScore : t.share.moduleDone, {
                              title: titleOf(entry.id),
                              day: formatDay(entry.day),
                              score: score ?? "",
                            })
                          : fill(score ? t.share.moduleStartedScore : t.share.moduleStarted, {
                              title: titleOf(entry.id),
                              score: score ?? "",
                            })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
        <h4>{t.share.certificatesHeading}</h4>
        {summary.certificates.length === 0 ? (
          <p>{t.share.noneCertified}</p>
        ) : (
          <ul>
            {summary.certificates.map((certificate) => (
              <li key={certificate.code}>
                {fill(t.share.certificate, {
                  title:
                    tracks.find((track) => track.id === certificate.track)?.title ??
                    certificate.track,
                  code: certificate.code,
                })}
              </li>
            ))}
          </ul>
        )}
        <p>
          {plural(lang(), t.share.reviewLine, summary.review.learned, {
            waiting: summary.review.waiting,
            due: summary.review.due,
          })}
        </p>
        <p>
          {plural(lang(), t.share.commitmentsLine, summary.commitments.checkIns, {
            made: summary.commitments.made,
          })}
        </p>
      </section>
      {!hasName && hydrated && <p class="share-hint">{t.share.nameNeeded}</p>}
      <div class="button-row">
        <button type="button" class="button" disabled={!hydrated || !hasName} onClick={download}>
          {t.share.download}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={!hydrated || !hasName}
          onClick={makeText}
        >
          {t.share.makeText}
        </button>
      </div>
      {text && (
        <div class="share-text">
          <label for="share-text">{t.share.textLabel}</label>
          <textarea
            class="code-box"
            id="share-text"
            readOnly
            rows={4}
            spellcheck={false}
            value={text}
          />
          <button type="button" class="button button-secondary" onClick={copy}>
            {t.share.copy}
          </button>
        </div>
      )}
      <p role="status" class="progress-message">
        {message}
      </p>
    </div>
  );
}
