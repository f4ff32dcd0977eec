/*
 * An empathy map reflection is kept as one reflection text, its four boxes as labelled
 * paragraphs ("Says: …"), so that exports, the journal's print and an LMS read it as written.
 * These turn the boxes into that text and back.
 */

/** The four parts of an empathy map, in the order of its 2×2 grid. */
export const EMPATHY_PARTS = ["says", "thinks", "does", "feels"] as const;
export type EmpathyPart = (typeof EMPATHY_PARTS)[number];

/** The boxes as one text: each filled box as "Label: words", separated by a blank line. */
export function joinEmpathyMap(labels: readonly string[], values: readonly string[]): string {
  return labels
    .map((label, index) => [label, (values[index] ?? "").trim()] as const)
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n\n");
}

/**
 * The boxes back from a text written by joinEmpathyMap in the same language. Text that is not in
 * that shape (written before the map had boxes, or in another language) goes whole into the first.
 */
export function splitEmpathyMap(labels: readonly string[], text: string): string[] {
  const values = labels.map(() => "");
  const escaped = labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?:^|\\n\\n)(${escaped.join("|")}): `, "g");
  const starts = [...text.matchAll(pattern)];
  if (starts.length === 0 || starts[0]!.index !== 0) {
    values[0] = text;
    return values;
  }
  starts.forEach((match, index) => {
    const from = match.index! + match[0].length;
    const to = starts[index + 1]?.index ?? text.length;
    const slot = labels.indexOf(match[1]!);
    values[slot] = values[slot]
      ? `${values[slot]}\n\n${text.slice(from, to)}`
      : text.slice(from, to);
  });
  return values;
}
