import { formatHex, oklch, parse, wcagContrast } from "culori";

/*
 * Brand colours against the site's backgrounds: the contrast WCAG 2.2 AA asks for, checked when
 * the site is built, and the stylesheet that applies them. The backgrounds live here, and only
 * here, so that what is checked is what is shown.
 */

/** The page and card backgrounds of each colour scheme. */
export const backgrounds = {
  light: { bg: "#fdfcfa", surface: "#f3f0ea" },
  dark: { bg: "#17181b", surface: "#23252a" },
} as const;

export type Scheme = keyof typeof backgrounds;

/**
 * The design system's fixed colours for feedback and state (success, warning, danger, info), as
 * text on each scheme's backgrounds. Fixed, not brand: a learning team's colours never make
 * "wrong" look like "right". Checked like the brand colours (test/unit/course/brand.test.ts).
 */
export const statusColours = {
  light: { success: "#1d6b35", warning: "#8a4b00", danger: "#a4262c", info: "#1f5a8a" },
  dark: { success: "#7fd49a", warning: "#f2c063", danger: "#ff9c9c", info: "#94c8f0" },
} as const satisfies Record<Scheme, Record<string, string>>;

/** Contrast each use of a brand colour needs (WCAG 2.2: 1.4.3 text, 1.4.11 focus and borders). */
export const needs = { primary: 4.5, accent: 3 } as const;

/** Label colours for buttons filled with the primary colour: whichever reads better. */
const labelColours = ["#ffffff", "#0b1b27"] as const;

/** The lowest contrast of `colour` against the scheme's backgrounds, and which one. */
function weakestContrast(colour: string, scheme: Scheme): { ratio: number; against: string } {
  return Object.values(backgrounds[scheme])
    .map((background) => ({ ratio: wcagContrast(colour, background), against: background }))
    .reduce((weakest, next) => (next.ratio < weakest.ratio ? next : weakest));
}

/** The button label colour that reads best on `primary`, with its contrast. */
function labelOn(primary: string): { colour: string; ratio: number } {
  return labelColours
    .map((colour) => ({ colour, ratio: wcagContrast(colour, primary) }))
    .reduce((best, next) => (next.ratio > best.ratio ? next : best));
}

/**
 * The nearest colour to `colour` (same hue and chroma, lightness moved away from the scheme's
 * background) that reaches `ratio`, or undefined if none does.
 */
export function nearestPassing(colour: string, scheme: Scheme, ratio: number): string | undefined {
  const start = oklch(parse(colour));
  if (!start) return undefined;
  const step = scheme === "light" ? -0.01 : 0.01;
  for (let lightness = start.l; lightness >= 0 && lightness <= 1; lightness += step) {
    const candidate = formatHex({ ...start, l: lightness });
    if (candidate && weakestContrast(candidate, scheme).ratio >= ratio) return candidate;
  }
  return undefined;
}

const ratioText = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

/**
 * What is wrong with one brand colour in one scheme, in words an author can act on; undefined
 * when it passes. `use` is which colour it is (primary or accent).
 */
export function checkColour(
  colour: string,
  scheme: Scheme,
  use: keyof typeof needs,
): string | undefined {
  if (!parse(colour)) {
    return `"${colour}" is not a colour this site can read: write it as "#1f5f8b", "rgb(31 95 139)" or a CSS colour name`;
  }
  const { ratio, against } = weakestContrast(colour, scheme);
  const what = use === "primary" ? "text and links need" : "focus rings and borders need";
  if (ratio < needs[use]) {
    const nearby = nearestPassing(colour, scheme, needs[use]);
    const fix = nearby ? ` Try "${nearby}", the nearest colour that passes.` : "";
    return `"${colour}" has a contrast of ${ratioText(ratio)} against the ${scheme} background ${against}; ${what} ${needs[use]}:1.${fix}`;
  }
  if (use === "primary") {
    const label = labelOn(colour);
    if (label.ratio < needs.primary) {
      return `button labels on "${colour}" reach only ${ratioText(label.ratio)}; they need 4.5:1. Choose a darker or lighter colour.`;
    }
  }
  return undefined;
}

/** The brand's colours for each scheme, as the site's custom properties. */
export function brandStylesheet(colours: Record<Scheme, { primary: string; accent: string }>) {
  const block = (scheme: Scheme) => {
    const { primary, accent } = colours[scheme];
    const { bg, surface } = backgrounds[scheme];
    const status = Object.entries(statusColours[scheme]).map(([role, hex]) => `--${role}: ${hex};`);
    return [
      `--bg: ${bg};`,
      `--surface: ${surface};`,
      `--accent: ${formatHex(parse(primary)!)};`,
      `--accent-text: ${labelOn(primary).colour};`,
      `--focus: ${formatHex(parse(accent)!)};`,
      ...status,
    ].join(" ");
  };
  return [
    "/* Made from content/course.yaml by src/course/brand.ts. */",
    `:root { ${block("light")} }`,
    `@media (prefers-color-scheme: dark) { :root { ${block("dark")} } }`,
    "",
  ].join("\n");
}
