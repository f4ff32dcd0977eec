import * as v from "valibot";

/*
 * Stored text that could not be read in full is set aside, never deleted: the original text is
 * kept under a backup key, so the learner can download it and nothing is lost to a bad write.
 */

/** One copy of stored progress that could not be read in full. */
export const setAsideSchema = v.object({
  /** When the site found the problem. */
  setAsideAt: v.string(),
  /** "repaired": the readable part was kept; "unreadable": nothing could be kept. */
  reason: v.picklist(["repaired", "unreadable"]),
  /** The stored text exactly as it was found. */
  text: v.string(),
  /** True once the learner has dismissed the notice about it. */
  seen: v.optional(v.boolean()),
});

/** One set-aside copy. */
export type SetAside = v.InferOutput<typeof setAsideSchema>;

/** How many set-aside copies are kept; the oldest goes when a newer one arrives. */
export const MAX_SET_ASIDE = 5;

/**
 * The set-aside copies in the backup key's text, newest first. A backup that is itself broken
 * is kept as a copy of its own rather than dropped.
 */
export function readSetAside(text: string | null, now: string): SetAside[] {
  if (!text) return [];
  try {
    const parsed = v.safeParse(v.array(setAsideSchema), JSON.parse(text));
    if (parsed.success) return parsed.output;
  } catch {
    // Not JSON: kept below as one unreadable copy.
  }
  return [{ setAsideAt: now, reason: "unreadable", text }];
}

/** The backup list with a new copy in front, as JSON text. */
export function addSetAside(list: readonly SetAside[], copy: SetAside): string {
  return JSON.stringify([copy, ...list].slice(0, MAX_SET_ASIDE));
}

/** The backup list with every copy marked as seen, as JSON text. */
export function markAllSeen(list: readonly SetAside[]): string {
  return JSON.stringify(list.map((copy) => ({ ...copy, seen: true })));
}
