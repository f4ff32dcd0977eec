import { boxIntervals } from "../../lib/review/review";
import { chartWords as words } from "./chart-words";

/*
 * The review boxes as columns: how many questions wait in each box and how many are learned,
 * each column with its count and its name written under it (the text equivalent).
 */

/** `counts[i]` questions in box i + 1; the last entry is the learned questions. */
export default function ReviewBoxes({ counts }: { counts: number[] }) {
  const highest = Math.max(1, ...counts);
  const names = [...boxIntervals.map((days, index) => words.box(index + 1, days)), words.learned];
  return (
    <figure class="chart review-boxes">
      <figcaption>{words.boxesCaption}</figcaption>
      <ol class="review-box-list">
        {names.map((name, index) => {
          const count = counts[index] ?? 0;
          const height = (count / highest) * 40;
          return (
            <li key={name} data-box={index + 1}>
              <svg class="review-box-column" viewBox="0 0 20 42" aria-hidden="true">
                <rect class="chart-track" x="0.5" y="0.5" width="19" height="41" />
                {count > 0 && (
                  <rect class="chart-fill" x="1.5" y={41.5 - height} width="17" height={height} />
                )}
              </svg>
              <span class="review-box-count">{count}</span>
              <span class="review-box-name">{name}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
