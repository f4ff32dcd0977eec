/*
 * Code an island needs only once the learner acts (answers, plays, commits), loaded then rather
 * than with the page: a learner who only reads never downloads it. Once loaded it runs at once,
 * as if it had come with the island; a load that failed is tried again the next time.
 */
export function onDemand<T>(load: () => Promise<T>) {
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
    /** The module, once loaded. */
    get loaded() {
      return loaded;
    },
    /** Run `then` with the module: at once when it is loaded, else once it has loaded. */
    use(then: (module: T) => void): void {
      if (loaded) then(loaded);
      else get().then(then, console.error);
    },
  };
}
