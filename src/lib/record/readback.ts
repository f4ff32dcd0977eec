import { isPlainObject, type Progress } from "./record";
import { readProgress } from "./read";

/*
 * A record about to be written must read back as it is: through JSON and the same full reader
 * a page load uses. Otherwise a value JSON cannot hold (1e309 read as Infinity, written back as
 * null) would be saved, and the next page would set the record aside as damaged.
 */

/** The first place where `given` holds something that `kept` lacks or holds otherwise. */
export function firstDifference(
  given: unknown,
  kept: unknown,
  path: readonly string[] = [],
): string[] | undefined {
  if (Array.isArray(given) && Array.isArray(kept)) {
    if (given.length !== kept.length) return [...path];
    for (const [index, item] of given.entries()) {
      const found = firstDifference(item, kept[index], [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(given) && isPlainObject(kept)) {
    const keys = new Set([...Object.keys(given), ...Object.keys(kept)]);
    for (const key of keys) {
      // A key whose value is undefined is one JSON leaves out: the same as no key.
      const found = firstDifference(given[key], kept[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  return given === kept ? undefined : [...path];
}

/** Where a path points, written for people: "modules › intro › status". */
export const describePlace = (path: readonly string[]) =>
  path.length > 0 ? path.join(" › ") : "the record";

/** The record as a page would read it back once written, or the place where it would not. */
export function readBack(
  progress: Progress,
): { ok: true; progress: Progress } | { ok: false; place: string } {
  const reading = readProgress(JSON.stringify(progress));
  if (reading.outcome === "repaired") {
    return { ok: false, place: describePlace(reading.dropped[0]?.split(".") ?? []) };
  }
  const difference =
    reading.outcome === "valid" && reading.migratedFrom === undefined
      ? firstDifference(progress, reading.progress)
      : [];
  return difference === undefined
    ? { ok: true, progress: reading.progress }
    : { ok: false, place: describePlace(difference) };
}
