/*
 * How deeply a JSON text nests, found with one pass over its characters and no recursion.
 * JSON.parse itself copes with deep nesting, but a reviver (record/read.ts uses one to drop
 * prototype-reaching keys) recurses and runs out of stack, which looked like "not JSON".
 */

/** Whether `text` opens more than `limit` arrays or objects inside one another. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c)
        index++; // a backslash: the next character is escaped
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) {
      inString = true;
    } else if (character === 0x5b || character === 0x7b) {
      if (++depth > limit) return true;
    } else if (character === 0x5d || character === 0x7d) {
      depth--;
    }
  }
  return false;
}
