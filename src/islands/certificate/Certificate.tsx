import course from "virtual:cx/course";
import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { certificateState, type CertificateTrack } from "../../lib/certificate";
import { NAME_MAX_LENGTH, visibleName, withLearnerName } from "../../lib/learner-actions";
import { $progress, updateProgress } from "../../stores/progress";
import { formatDate, formatDay } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { siteHref } from "../../lib/site-url";

const statusWords = { "not-started": "not started", "in-progress": "in progress" };

/**
 * A track's certificate once every module is complete: the learner's name (typed here, kept on
 * this device, shown as plain text), the track, its modules, the date and a completion code,
 * laid out to print on one page. Before that, what is left.
 */
export default function Certificate({ track }: { track: CertificateTrack }) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const [typed, setTyped] = useState<string | undefined>(undefined);

  if (!hydrated) return <p>Checking your progress…</p>;

  const state = certificateState(progress, track);
  if (state.kind === "incomplete") {
    return (
      <section class="certificate-left" aria-labelledby="left-heading">
        <h2 id="left-heading">Not complete yet</h2>
        <p>
          You have completed {state.done} of {track.modules.length} modules of the {track.name}{" "}
          track. Your certificate appears here once you complete these:
        </p>
        <ul>
          {state.left.map((module) => (
            <li key={module.id}>
              <a href={siteHref(`/modules/${module.id}/`)}>{module.title}</a> (
              {statusWords[module.status]})
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const name = typed ?? progress.learnerName ?? "";
  const saveName = (value: string) => {
    setTyped(value);
    updateProgress("name for certificate", (current) => withLearnerName(current, value));
  };

  return (
    <>
      <div class="certificate-tools">
        <label for="learner-name">Your name, as it should appear on the certificate</label>
        <p class="certificate-hint" id="learner-name-hint">
          Kept only in this browser. It is not part of the completion code.
        </p>
        <input
          id="learner-name"
          type="text"
          autocomplete="name"
          maxLength={NAME_MAX_LENGTH}
          aria-describedby="learner-name-hint"
          value={name}
          onInput={(event) => saveName(event.currentTarget.value)}
        />
        <div class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      </div>

      <article class="certificate" aria-labelledby="certificate-title">
        <p class="certificate-site">
          {course.organisation === course.title
            ? course.title
            : `${course.organisation} · ${course.title}`}
        </p>
        <h2 id="certificate-title">Certificate of completion</h2>
        <p class="certificate-track">{track.title}</p>
        <p class="certificate-line">This is to record that</p>
        <p class="certificate-name">{visibleName(name) || "(type your name above)"}</p>
        <p class="certificate-line">
          completed the <strong>{track.name}</strong> track on{" "}
          <strong>{formatDay(state.day)}</strong>, with these modules:
        </p>
        <ol class="certificate-modules">
          {track.modules.map((module) => (
            <li key={module.id}>{module.title}</li>
          ))}
        </ol>
        {track.activities.length > 0 && (
          <div class="certificate-activities">
            <h3>Team activities run with their team</h3>
            {state.activitiesRun.length > 0 ? (
              <ul>
                {state.activitiesRun.map((activity) => (
                  <li key={activity.id}>
                    {activity.title} ({formatDate(activity.at)})
                  </li>
                ))}
              </ul>
            ) : (
              <p>None ticked yet: tick each one in its module once you have run it.</p>
            )}
          </div>
        )}
        <dl class="certificate-code">
          <div>
            <dt>Completion code</dt>
            <dd>
              <code>{state.code}</code>
            </dd>
          </div>
          <div>
            <dt>Check it at</dt>
            <dd>{`${location.origin}/verify/`}</dd>
          </div>
        </dl>
        <p class="certificate-small">
          The code is a receipt, made from this browser's progress record: it shows the track and
          date and catches typos, but it is not a forgery-proof credential.
        </p>
      </article>
    </>
  );
}
