import { useEffect, useState } from "preact/hooks";
import type { ReadableAtom } from "nanostores";

/**
 * A store's value in a component, which renders again when it changes: what @nanostores/preact's
 * useStore does for this site's islands (which never ask for some keys only, nor for its SSR
 * options), without its listenKeys, so the file of Preact every island loads is smaller. As
 * there, changes made in one go render once, on the next task.
 */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [, render] = useState({});
  const [before] = useState(store.get());
  useEffect(() => {
    // Changed between the first render and this effect: render with the new value.
    if (store.get() !== before) render({});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        render({});
      });
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store]);
  return store.get();
}
