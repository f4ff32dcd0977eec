import { useState } from "preact/hooks";
import type { DueCheckIn } from "../../lib/commitments-due";
import { checkIn } from "../../stores/commitments";
import { CHECK_IN_NOTE_MAX_LENGTH, type CheckInAnswer } from "../../vocabulary/record";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";

const answers = (): { value: CheckInAnswer; label: string }[] => [
  { value: "yes", label: t.checkIn.yes },
  { value: "partly", label: t.checkIn.partly },
  { value: "not-yet", label: t.checkIn.notYet },
];

/** How long ago the commitment was made, as a learner would say it. */
const since = (days: number) =>
  days === 1
    ? t.checkIn.yesterday
    : days === 7
      ? t.checkIn.aWeekAgo
      : days >= 28 && days <= 31
        ? t.checkIn.aMonthAgo
        : plural(lang(), t.checkIn.daysAgo, days);

/**
 * "Did you? What happened?" for one commitment whose check-in is due. Its styles
 * (commitments.css) come with the page that shows it: the review page's own, or the map's card
 * (../review/DueCard.tsx).
 */
export function CheckInForm(props: {
  due: DueCheckIn;
  moduleTitle?: string | undefined;
  /** Called once the check-in is saved (the form then disappears: it is no longer due). */
  onSaved?: () => void;
}) {
  const { due, moduleTitle } = props;
  const [did, setDid] = useState<CheckInAnswer | undefined>(undefined);
  const [problem, setProblem] = useState("");
  const name = `check-in-${due.moduleId}`;

  const save = () => {
    if (!did) return setProblem(t.checkIn.chooseFirst);
    const note = (document.getElementById(`${name}-note`) as HTMLTextAreaElement | null)?.value;
    checkIn(due.moduleId, { did, ...(note ? { note } : {}) });
    props.onSaved?.();
  };

  return (
    <div class="check-in" data-module={due.moduleId}>
      <fieldset>
        <legend>
          {fill(t.checkIn.committedTo, { since: since(due.daysSince), text: due.text })}
          {moduleTitle && (
            <span class="check-in-module">
              {fill(t.checkIn.fromModule, { title: moduleTitle })}
            </span>
          )}
          {t.checkIn.didYou}
        </legend>
        <div class="check-in-answers">
          {answers().map((answer) => (
            <label class="choice" key={answer.value}>
              <input
                type="radio"
                name={name}
                value={answer.value}
                checked={did === answer.value}
                onChange={() => setDid(answer.value)}
              />
              <span>{answer.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="check-in-note-label" for={`${name}-note`}>
        {t.checkIn.noteLabel}
      </label>
      <textarea id={`${name}-note`} rows={3} maxLength={CHECK_IN_NOTE_MAX_LENGTH} />
      <button type="button" class="button" onClick={save}>
        {t.checkIn.save}
      </button>
      <p role="status" class="check-in-problem">
        {problem}
      </p>
    </div>
  );
}

/** The form as a default export, for pages that load it only when a check-in is due. */
export default CheckInForm;
