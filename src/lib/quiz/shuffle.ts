/*
 * Shuffles that the server and the browser agree on. The server renders a quiz before anyone
 * answers it, and the island must render the same HTML first, so the order comes from a seed
 * (quiz, question, attempt number) rather than from Math.random.
 */

/** A 32-bit hash of a string (FNV-1a): the same text always gives the same seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** A small seeded generator (mulberry32) of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The list in an order fixed by `seed` (Fisher-Yates). */
export function seededShuffle<T>(list: readonly T[], seed: string): T[] {
  const random = generator(hash(seed));
  const result = [...list];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/**
 * A seeded order that is never the original one (when there are two or more items): for
 * ordering and matching questions, the authored order is the answer.
 */
export function seededScramble<T>(list: readonly T[], seed: string): T[] {
  const result = seededShuffle(list, seed);
  if (list.length > 1 && result.every((item, index) => item === list[index])) {
    result.push(result.shift()!);
  }
  return result;
}
