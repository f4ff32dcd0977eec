/*
 * The design system's progress ring: how far along something is, as a circle that fills. Drawn
 * by islands (the map's hero, the dashboard, a quiz's result, a module's end), so rendered to
 * HTML at build time like them and hydrated in the browser.
 * The ring is a picture: `label` is its text twin, read by screen readers instead of the shape.
 */

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface Props {
  /** The share done, 0 to 1. */
  value: number;
  /** What the ring says in words, for screen readers ("3 of 6 modules done"). */
  label: string;
  /** What the ring shows in its middle ("3/6", "75%"). */
  centre: string;
  /** A mark on the ring, 0 to 1: the pass mark of a quiz. */
  mark?: number | undefined;
  /** Drawn as done (the success colour): a finished track, a passed quiz. */
  done?: boolean;
  /** CSS size, "4.5rem" unless given. */
  size?: string;
}

/** A ring that fills to `value`, with its words for screen readers. */
export function ProgressRing({ value, label, centre, mark, done = false, size }: Props) {
  const share = Math.min(1, Math.max(0, value));
  const markAngle = mark === undefined ? undefined : mark * 2 * Math.PI;
  return (
    <div
      class="progress-ring"
      role="img"
      aria-label={label}
      data-done={done ? "" : undefined}
      style={size ? `--ring-size: ${size}` : undefined}
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="ring-track" cx="50" cy="50" r={RADIUS} />
        {share > 0 && (
          <circle
            class="ring-value"
            cx="50"
            cy="50"
            r={RADIUS}
            stroke-dasharray={`${(share * CIRCUMFERENCE).toFixed(1)} ${CIRCUMFERENCE.toFixed(1)}`}
          />
        )}
        {markAngle !== undefined && (
          <line
            class="ring-mark"
            x1={50 + 34 * Math.cos(markAngle)}
            y1={50 + 34 * Math.sin(markAngle)}
            x2={50 + 50 * Math.cos(markAngle)}
            y2={50 + 50 * Math.sin(markAngle)}
          />
        )}
      </svg>
      <span class="progress-ring-label" aria-hidden="true">
        {centre}
      </span>
    </div>
  );
}
