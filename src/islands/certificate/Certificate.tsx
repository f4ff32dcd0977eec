import { useStore } from "../useStore";
import { useState } from "preact/hooks";
import { certificateState, type CertificateTrack } from "../../lib/certificate";
import { visibleName } from "../../lib/record/learner";
import { nameCertificate } from "../../stores/learner";
import { $progress } from "../../stores/progress";
import { LEARNER_NAME_MAX_LENGTH } from "../../vocabulary/record";
import { formatDate, formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { lang, t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";
import { pageHref } from "../page-href";

const statusWords = () => ({
  "not-started": t.certificate.notStarted,
  "in-progress": t.certificate.inProgress,
});

/**
 * A track's certificate once every module is complete: the learner's name (typed here, kept on
 * this device, shown as plain text), the track, its modules, the date and a completion code,
 * laid out to print on one page. Before that, what is left.
 */
/** The seal: a rosette drawn in the brand's colours, with a tick at its heart. Decorative. */
function Seal() {
  const points = Array.from({ length: 24 }, (_, index) => {
    const angle = (index * Math.PI) / 12;
    const radius = index % 2 === 0 ? 48 : 42;
    return `${(50 + radius * Math.cos(angle)).toFixed(1)},${(50 + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
  return (
    <svg class="certificate-seal" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <polygon class="seal-edge" points={points} />
      <circle class="seal-face" cx="50" cy="50" r="34" />
      <circle class="seal-ring" cx="50" cy="50" r="29" />
      <path class="seal-tick" d="M36 51 l9 9 l19 -20" />
    </svg>
  );
}

export default function Certificate(props: {
  track: CertificateTrack;
  /** The organisation's logo as a data URL, when the course file gives one. */
  logo?: string | undefined;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { track } = props;
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [typed, setTyped] = useState<string | undefined>(undefined);

  if (!hydrated) return <p>{t.certificate.checking}</p>;

  const state = certificateState(progress, track);
  if (state.kind === "incomplete") {
    return (
      <section class="certificate-left" aria-labelledby="left-heading">
        <h2 id="left-heading">{t.certificate.notComplete}</h2>
        <p>
          {plural(lang(), t.certificate.doneOf, track.modules.length, {
            done: state.done,
            track: track.name,
          })}
        </p>
        <ul>
          {state.left.map((module) => (
            <li key={module.id}>
              <a href={pageHref(`/modules/${module.id}/`)}>{module.title}</a> (
              {statusWords()[module.status]})
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const name = typed ?? progress.learnerName ?? "";
  const saveName = (value: string) => {
    setTyped(value);
    nameCertificate(value);
  };

  return (
    <>
      <div class="certificate-tools">
        <label for="learner-name">{t.certificate.nameLabel}</label>
        <p class="certificate-hint" id="learner-name-hint">
          {t.certificate.nameHint}
        </p>
        <input
          id="learner-name"
          type="text"
          autocomplete="name"
          maxLength={LEARNER_NAME_MAX_LENGTH}
          aria-describedby="learner-name-hint"
          value={name}
          onInput={(event) => saveName(event.currentTarget.value)}
        />
        <div class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            {t.certificate.print}
          </button>
        </div>
      </div>

      <article class="certificate" aria-labelledby="certificate-title">
        <div class="certificate-brand">
          {props.logo && <img src={props.logo} alt="" width="40" height="40" />}
          <p class="certificate-site">
            {t.page.organisation === t.page.title
              ? t.page.title
              : `${t.page.organisation} · ${t.page.title}`}
          </p>
        </div>
        <h2 id="certificate-title">{t.certificate.heading}</h2>
        <p class="certificate-track">{track.title}</p>
        <p class="certificate-line">{t.certificate.record}</p>
        <p class="certificate-name">{visibleName(name) || t.certificate.typeName}</p>
        <p class="certificate-line">
          {t.certificate.completedBefore} <strong>{track.name}</strong>{" "}
          {t.certificate.completedMiddle} <strong>{formatDay(state.day)}</strong>
          {t.certificate.completedAfter}
        </p>
        <ol class="certificate-modules">
          {track.modules.map((module) => (
            <li key={module.id}>{module.title}</li>
          ))}
        </ol>
        {track.activities.length > 0 && (
          <div class="certificate-activities">
            <h3>{t.certificate.activities}</h3>
            {state.activitiesRun.length > 0 ? (
              <ul>
                {state.activitiesRun.map((activity) => (
                  <li key={activity.id}>
                    {activity.title} ({formatDate(activity.at)})
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t.certificate.noActivities}</p>
            )}
          </div>
        )}
        <div class="certificate-foot">
          <div class="certificate-signature">
            <span class="signature-line" aria-hidden="true" />
            <p>{fill(t.certificate.signedFor, { organisation: t.page.organisation })}</p>
          </div>
          <Seal />
        </div>
        <dl class="certificate-code">
          <div>
            <dt>{t.certificate.code}</dt>
            <dd>
              <code>{state.code}</code>
            </dd>
          </div>
          <div>
            <dt>{t.certificate.checkAt}</dt>
            <dd>{`${location.origin}${pageHref("/verify/")}`}</dd>
          </div>
        </dl>
      </article>
    </>
  );
}
