import { confidenceLevels, type Confidence } from "../../vocabulary/record";

import { t } from "../../i18n/browser/client";

const levels = (): { value: Confidence; label: string }[] =>
  confidenceLevels.map((value) => ({ value, label: t.quiz[value] }));

/** "How sure are you?": asked before checking, so the results can compare it with the answer. */
export function ConfidencePicker(props: {
  name: string;
  chosen: Confidence | undefined;
  answered: boolean;
  onChange: (confidence: Confidence) => void;
}) {
  return (
    <fieldset class="confidence">
      <legend>{t.quiz.howSureQuestion}</legend>
      <div class="confidence-levels">
        {levels().map((level) => (
          <label class="option option-inline" key={level.value}>
            <input
              type="radio"
              name={props.name}
              value={level.value}
              disabled={props.answered}
              checked={props.answered ? props.chosen === level.value : undefined}
              onChange={() => props.onChange(level.value)}
            />
            <span>{level.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
