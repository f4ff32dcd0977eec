import { aboutDuration } from "../../lib/learner-actions";
import type { Counted, ProgressChanges } from "../../lib/record/changes";

/*
 * An import's changes as short phrases for the preview and its button: what it would add, what
 * it would change, and what it would lose, so the learner sees a loss before choosing.
 */

/** "1 commitment", "3 commitments". */
const many = (count: number, one: string, other = `${one}s`) =>
  `${count} ${count === 1 ? one : other}`;

/** The kinds of entries a preview counts, with their names. */
const kinds: [keyof ProgressChanges, string, string][] = [
  ["answers", "quiz answer", "quiz answers"],
  ["reflections", "reflection", "reflections"],
  ["commitments", "commitment", "commitments"],
  ["checkIns", "check-in", "check-ins"],
  ["activities", "team activity", "team activities"],
  ["review", "question in your review queue", "questions in your review queue"],
];

/** What changing an entry of each kind means, in words. */
const changedWords: Partial<Record<keyof ProgressChanges, string>> = {
  answers: "replaced by the other device's attempt",
  reflections: "rewritten",
  commitments: "replaced by another commitment",
  activities: "with another date",
  review: "due on another day",
};

const counted = (changes: ProgressChanges, key: keyof ProgressChanges) => changes[key] as Counted;

/** Things the import would add: entries, time and a name. */
export function additions(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).added > 0)
    .map(([key, one, other]) => many(counted(changes, key).added, one, other));
  const { from, to } = changes.activeSeconds;
  if (to > from) phrases.push(`${aboutDuration(to - from)} of active time`);
  if (!changes.learnerName.from && changes.learnerName.to) {
    phrases.push(`your name on certificates: “${changes.learnerName.to}”`);
  }
  return phrases;
}

/** Things the import would change without adding or removing them. */
export function alterations(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).changed > 0)
    .map(
      ([key, one, other]) =>
        `${many(counted(changes, key).changed, one, other)} ${changedWords[key] ?? "changed"}`,
    );
  const { from, to } = changes.learnerName;
  if (from && to && from !== to) phrases.push(`your name on certificates: “${from}” → “${to}”`);
  return phrases;
}

/** Entries, time and a name the import would remove (modules and scores are listed apart). */
export function removals(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).removed > 0)
    .map(([key, one, other]) => many(counted(changes, key).removed, one, other));
  const { from, to } = changes.activeSeconds;
  if (to < from) phrases.push(`${aboutDuration(from - to)} of active time`);
  if (changes.learnerName.from && !changes.learnerName.to) {
    phrases.push("your name on certificates");
  }
  return phrases;
}

/** Everything the import would lose, modules and scores first: for the warning and button. */
export function losses(changes: ProgressChanges): string[] {
  return [
    ...(changes.lost.length > 0 ? [`progress in ${many(changes.lost.length, "module")}`] : []),
    ...(changes.scoresLowered.length > 0 ? [many(changes.scoresLowered.length, "best score")] : []),
    ...removals(changes),
  ];
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
