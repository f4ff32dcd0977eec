import { useEffect, useState } from "preact/hooks";

/*
 * Code an island needs only once the learner acts (answers, plays, commits), loaded then rather
 * than with the page: a learner who only reads never downloads it. Once loaded it runs at once,
 * as if it had come with the island; a load that failed is tried again the next time.
 */
export interface OnDemand<T> {
  /** The module, once loaded. */
  readonly loaded: T | undefined;
  /** Run `then` with the module: at once when it is loaded, else once it has loaded. */
  use(then: (module: T) => void): void;
  /** The module, loading it if it has not been. */
  load(): Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const get = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    get loaded() {
      return loaded;
    },
    use(then) {
      if (loaded) then(loaded);
      else get().then(then, console.error);
    },
    load: get,
  };
}

/**
 * For a component that shows something only in some states (a stored answer's profile, a saved
 * text's date): the module once loaded, asked for as soon as `needed`; the component renders
 * again when it comes.
 */
export function useOnDemand<T>(demand: OnDemand<T>, needed: boolean): T | undefined {
  const [, setLoaded] = useState(demand.loaded !== undefined);
  useEffect(() => {
    if (needed && !demand.loaded) demand.use(() => setLoaded(true));
  }, [needed]);
  return demand.loaded;
}
