/** Which way a learner moves an item in an ordering question. */
export type Direction = "up" | "down";

/** The list with the item at `index` moved one place up or down; at an end, unchanged. */
export function moveItem<T>(list: readonly T[], index: number, direction: Direction): T[] {
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= list.length) return [...list];
  const result = [...list];
  [result[index], result[target]] = [result[target]!, result[index]!];
  return result;
}
