import type { Calibration } from "../../lib/quiz/results";
import { confidenceLevels as levels } from "../../vocabulary/record";
import { chartWords as words } from "./chart-words";

/*
 * How often each level of confidence was right: a bar per level, the right answers solid and
 * the others hatched, with the figures in words beside each (the text equivalent).
 */

/** Confidence against correctness as three bars. */
export default function CalibrationChart({ calibration }: { calibration: Calibration }) {
  return (
    <figure class="chart calibration-chart">
      <figcaption>{words.calibrationCaption}</figcaption>
      <ul class="bar-chart">
        {levels.map((level) => {
          const { right, total } = calibration[level];
          const rightWidth = total === 0 ? 0 : (right / total) * 99;
          return (
            <li key={level} data-level={level}>
              <span class="bar-chart-text">{words.calibrationLine(level, right, total)}</span>
              <svg
                class="chart-bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <defs>
                  <pattern
                    id={`hatch-${level}`}
                    width="3"
                    height="3"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <line class="chart-hatch" x1="0" y1="0" x2="0" y2="3" />
                  </pattern>
                </defs>
                <rect class="chart-track" x="0.5" y="0.5" width="99" height="9" rx="1" />
                {total > right && (
                  <rect
                    x={0.5 + rightWidth}
                    y="0.5"
                    width={99 - rightWidth}
                    height="9"
                    fill={`url(#hatch-${level})`}
                  />
                )}
                {right > 0 && (
                  <rect class="chart-fill" x="0.5" y="0.5" width={rightWidth} height="9" rx="1" />
                )}
              </svg>
            </li>
          );
        })}
      </ul>
      <p class="chart-key">{words.calibrationKey}</p>
    </figure>
  );
}
