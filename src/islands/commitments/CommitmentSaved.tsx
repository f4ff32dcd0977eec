import type { Progress } from "../../lib/record/record";
import { formatDate } from "../review/dates";
import { lang, t } from "../../i18n/browser/client";
import { quoted } from "../../i18n/browser/punctuation";
import { fill, plural } from "../../i18n/format";

/**
 * A commitment once made: what it is, when it was made, its check-ins, and the buttons to
 * change or remove it. CommitmentPicker.tsx loads it once there is a commitment to show.
 */
export function CommitmentSaved(props: {
  saved: NonNullable<Progress["commitments"]>[string];
  /** The change button's id, where focus goes once a commitment is saved. */
  changeId: string;
  onChange: () => void;
  onRemove: () => void;
}) {
  const { saved } = props;
  return (
    <div class="commitment-saved">
      <p>
        <strong>{t.commitment.yours}</strong> {quoted(saved.text)}
      </p>
      <p class="commitment-when">
        {fill(t.commitment.madeOn, { date: formatDate(saved.madeAt) })}{" "}
        {saved.checkIns.length === 0
          ? t.commitment.noCheckIns
          : plural(lang(), t.commitment.checkIns, saved.checkIns.length)}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="button button-secondary"
          id={props.changeId}
          onClick={props.onChange}
        >
          {t.commitment.chooseAnother}
        </button>
        <button type="button" class="button button-secondary" onClick={props.onRemove}>
          {t.commitment.remove}
        </button>
      </div>
    </div>
  );
}
