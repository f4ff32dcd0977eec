import type { Ref } from "preact";
import { resetModule } from "../../stores/module";
import { t } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";

/**
 * "Reset this module?" and its two buttons: ResetModule.tsx loads it on the learner's first
 * press of "Reset this module", not with the page.
 */
export function ResetConfirm(props: {
  moduleId: string;
  title: string;
  quizIds: string[];
  confirmRef: Ref<HTMLButtonElement>;
  /** Once the learner has answered: whether the module was reset. */
  onClose: (reset: boolean) => void;
}) {
  const { moduleId } = props;
  return (
    <div class="confirm-panel" role="group" aria-labelledby={`reset-${moduleId}-question`}>
      <p id={`reset-${moduleId}-question`}>
        {fill(t.resetModule.question, { title: props.title })}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="button button-danger"
          ref={props.confirmRef}
          onClick={() => {
            resetModule(moduleId, props.quizIds);
            props.onClose(true);
          }}
        >
          {t.resetModule.yes}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onClose(false)}>
          {t.resetModule.cancel}
        </button>
      </div>
    </div>
  );
}
