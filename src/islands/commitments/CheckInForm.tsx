import { useState } from "preact/hooks";
import "../../styles/commitments.css";
import { recordCheckIn, type CheckInAnswer } from "../../lib/commitments";
import type { DueCheckIn } from "../../lib/commitments-due";
import { updateProgress } from "../../stores/progress";

const answers: { value: CheckInAnswer; label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "not-yet", label: "Not yet" },
];

/** How long ago the commitment was made, as a learner would say it. */
const since = (days: number) =>
  days === 1
    ? "Yesterday"
    : days === 7
      ? "A week ago"
      : days >= 28 && days <= 31
        ? "A month ago"
        : `${days} days ago`;

/** "Did you? What happened?" for one commitment whose check-in is due. */
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
    if (!did) return setProblem("Choose yes, partly or not yet first.");
    const note = (document.getElementById(`${name}-note`) as HTMLTextAreaElement | null)?.value;
    updateProgress("check in", (progress, now) =>
      recordCheckIn(progress, due.moduleId, { did, ...(note ? { note } : {}) }, now),
    );
    props.onSaved?.();
  };

  return (
    <div class="check-in" data-module={due.moduleId}>
      <fieldset>
        <legend>
          {since(due.daysSince)} you committed to: “{due.text}”
          {moduleTitle && <span class="check-in-module"> (from {moduleTitle})</span>} Did you?
        </legend>
        <div class="check-in-answers">
          {answers.map((answer) => (
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
        What happened? (optional, kept on this device)
      </label>
      <textarea id={`${name}-note`} rows={3} maxLength={5000} />
      <button type="button" class="button" onClick={save}>
        Save check-in
      </button>
      <p role="status" class="check-in-problem">
        {problem}
      </p>
    </div>
  );
}

/** The form as a default export, for pages that load it only when a check-in is due. */
export default CheckInForm;
