import type { Confidence } from "./types";

const levels: { value: Confidence; label: string }[] = [
  { value: "sure", label: "Sure" },
  { value: "unsure", label: "Unsure" },
  { value: "unknown", label: "I don't know" },
];

/** "How sure are you?": asked before checking, so the results can compare it with the answer. */
export function ConfidencePicker(props: {
  name: string;
  chosen: Confidence | undefined;
  answered: boolean;
  onChange: (confidence: Confidence) => void;
}) {
  return (
    <fieldset class="confidence">
      <legend>How sure are you?</legend>
      <div class="confidence-levels">
        {levels.map((level) => (
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
