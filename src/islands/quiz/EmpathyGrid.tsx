import { EMPATHY_PARTS } from "../../lib/quiz/empathy-map";

// What an empathy map reflection needs besides the grid: the quiz loads this file only on the
// pages that ask one (question-types.ts).
export { EMPATHY_PARTS, joinEmpathyMap, splitEmpathyMap } from "../../lib/quiz/empathy-map";

/**
 * An empathy map as its 2×2 grid of labelled boxes (says, thinks, does, feels), for what the
 * learner wrote; the worked example authors show is src/components/EmpathyMap.astro, same look.
 */
export function EmpathyGrid(props: { labels: readonly string[]; values: readonly string[] }) {
  return (
    <dl class="empathy-grid">
      {EMPATHY_PARTS.map((part, index) => (
        <div class="empathy-box" data-part={part} key={part}>
          <dt>{props.labels[index]}</dt>
          <dd>{props.values[index] || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
