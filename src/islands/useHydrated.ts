import { useEffect, useState } from "preact/hooks";

/**
 * False during the server render and the first client render, true after mount. Islands that
 * show stored state wait for it: the server has no storage, and Preact's hydration does not
 * patch a first render that differs from the server's HTML, so restored state would not show.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
