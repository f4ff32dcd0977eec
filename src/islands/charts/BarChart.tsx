/*
 * Small charts drawn as static SVG from the data: bars of a share, with the numbers in words
 * beside them. The words are the text equivalent and carry the meaning, so the SVG is hidden
 * from screen readers and colour never says anything alone. Colours come from the stylesheet
 * (charts.css): the theme's own in light and dark, CanvasText in forced colours.
 */

/** One bar: a label and a share from 0 to 1, said in words. */
export interface Bar {
  key: string;
  /** What the bar is of, and its figures, such as "Leader: 3 of 9 modules done (33%)". */
  text: string;
  share: number;
}

/** One bar's SVG: an outlined track filled to the share (a 0 shows as an empty track). */
export function ShareBar({ share }: { share: number }) {
  const width = Math.max(0, Math.min(1, share)) * 99;
  return (
    <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect class="chart-track" x="0.5" y="0.5" width="99" height="9" rx="1" />
      {width > 0 && <rect class="chart-fill" x="0.5" y="0.5" width={width} height="9" rx="1" />}
    </svg>
  );
}

/** Bars in a list, each with its words above it. */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  return (
    <ul class="bar-chart" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key}>
          <span class="bar-chart-text">{bar.text}</span>
          <ShareBar share={bar.share} />
        </li>
      ))}
    </ul>
  );
}
