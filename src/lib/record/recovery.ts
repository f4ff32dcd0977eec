/*
 * What the store needs when the stored record does not pass the quick check: the full reader
 * and the set-aside copies. One module, so a page loads it in one request, and only then.
 */
export { readProgress } from "./read";
export { addSetAside, markAllSeen, readSetAside } from "./backup";
