import { aboutDuration } from "./duration";
import type { Counted, ProgressChanges } from "../../lib/record/changes";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural, type Plural } from "../../i18n/format";
import type { UiStrings } from "../../i18n/en";

/*
 * An import's changes as short phrases for the preview and its button, in the page's language:
 * what it would add, what it would change, and what it would lose, so the learner sees a loss
 * before choosing.
 */

type Words = UiStrings["transfer"];

/** The kinds of entries a preview counts, with the words for how many and for a change. */
const kinds: [keyof ProgressChanges & keyof Words, keyof Words][] = [
  ["answers", "answersChanged"],
  ["reflections", "reflectionsChanged"],
  ["commitments", "commitmentsChanged"],
  ["checkIns", "checkInsChanged"],
  ["activities", "activitiesChanged"],
  ["review", "reviewChanged"],
];

const counted = (changes: ProgressChanges, key: keyof ProgressChanges) => changes[key] as Counted;
const many = (key: keyof Words, count: number) => plural(lang(), t.transfer[key] as Plural, count);

/** Things the import would add: entries, time and a name. */
export function additions(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).added > 0)
    .map(([key]) => many(key, counted(changes, key).added));
  const { from, to } = changes.activeSeconds;
  if (to > from) phrases.push(fill(t.transfer.activeTime, { duration: aboutDuration(to - from) }));
  if (!changes.learnerName.from && changes.learnerName.to) {
    phrases.push(fill(t.transfer.nameIs, { name: changes.learnerName.to }));
  }
  if (!changes.track?.from && changes.track?.to) {
    phrases.push(fill(t.transfer.trackIs, { name: changes.track.to }));
  }
  return phrases;
}

/** Things the import would change without adding or removing them. */
export function alterations(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).changed > 0)
    .map(
      ([key, changed]) =>
        `${many(key, counted(changes, key).changed)} ${many(changed, counted(changes, key).changed)}`,
    );
  const { from, to } = changes.learnerName;
  if (from && to && from !== to) phrases.push(fill(t.transfer.nameChange, { from, to }));
  const track = changes.track;
  if (track?.from && track.to && track.from !== track.to) {
    phrases.push(fill(t.transfer.trackChange, { from: track.from, to: track.to }));
  }
  return phrases;
}

/** Entries, time and a name the import would remove (modules and scores are listed apart). */
export function removals(changes: ProgressChanges): string[] {
  const phrases = kinds
    .filter(([key]) => counted(changes, key).removed > 0)
    .map(([key]) => many(key, counted(changes, key).removed));
  const { from, to } = changes.activeSeconds;
  if (to < from) phrases.push(fill(t.transfer.activeTime, { duration: aboutDuration(from - to) }));
  if (changes.learnerName.from && !changes.learnerName.to) phrases.push(t.transfer.name);
  if (changes.track?.from && !changes.track.to) {
    phrases.push(fill(t.transfer.track, { name: changes.track.from }));
  }
  return phrases;
}

/** Everything the import would lose, modules and scores first: for the warning and button. */
export function losses(changes: ProgressChanges): string[] {
  return [
    ...(changes.lost.length > 0 ? [many("progressIn", changes.lost.length)] : []),
    ...(changes.scoresLowered.length > 0 ? [many("bestScores", changes.scoresLowered.length)] : []),
    ...removals(changes),
  ];
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${t.common.and} ${items.at(-1)}`;
}
