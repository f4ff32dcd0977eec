import type { ComponentChildren } from "preact";
import { formatDate } from "../review/dates";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/*
 * A saved reflection as it shows back: the text (or its empathy map) with its date and the
 * button to change it. Reflection.tsx loads it once there is a saved text, not with the quiz.
 */

/** What the learner wrote, and the button that opens it again for editing. */
export function SavedText(props: {
  editId: string;
  onEdit: () => void;
  children: ComponentChildren;
}) {
  return (
    <>
      <p class="field-label">{t.quiz.whatYouWrote}</p>
      {props.children}
      <button
        type="button"
        id={props.editId}
        class="button button-secondary"
        onClick={props.onEdit}
      >
        {t.quiz.editReflection}
      </button>
    </>
  );
}

/** "Saved on …". */
export const savedOn = (iso: string) => fill(t.quiz.savedOn, { date: formatDate(iso) });
