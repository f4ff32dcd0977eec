import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";

/*
 * Astro's glob() loader parses every file on every build (the YAML of each quiz, the front matter
 * of each module) before it looks at the file's digest, and only then skips the entries the
 * content store already holds unchanged: at 200 modules, about a quarter of a second of CPU on
 * a rebuild spent parsing what is thrown away. Wrapped here, a file whose digest matches its
 * stored entry's is not parsed: the loader is handed the stored entry's id (as a slug, which
 * its default id keeps) and body, and skips it as it would have.
 */

type EntryInfo = { data: Record<string, unknown>; body?: string };
type EntryType = {
  getEntryInfo(params: { fileUrl: URL; contents: string }): EntryInfo | Promise<EntryInfo>;
};
/** What Astro hands a loader beside its public context: each file type's parser, by extension. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** The glob loader `loader`, parsing only the files that are new or changed since the last build. */
export function parsedWhenChanged(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: WithEntryTypes) => {
      const { entryTypes, store, config, generateDigest } = context;
      if (!entryTypes) return loader.load(context);
      const root = fileURLToPath(config.root);
      // Each file's id as the store held it when loading began; the entry itself is read from
      // the store when the file is, so that the dev server's later edits are seen.
      const idOf = new Map(
        store
          .values()
          .filter((entry) => entry.filePath)
          .map((entry) => [entry.filePath!, entry.id]),
      );
      const unchangedFirst = (type: EntryType): EntryType => ({
        ...type,
        getEntryInfo(params) {
          const filePath = relative(root, fileURLToPath(params.fileUrl)).split(sep).join("/");
          const id = idOf.get(filePath);
          const entry = id === undefined ? undefined : store.get(id);
          if (
            entry?.filePath === filePath &&
            entry.digest !== undefined &&
            entry.digest === generateDigest(params.contents)
          ) {
            return { data: { slug: entry.id }, body: entry.body ?? "" };
          }
          return type.getEntryInfo(params);
        },
      });
      return loader.load({
        ...context,
        entryTypes: new Map([...entryTypes].map(([ext, type]) => [ext, unchangedFirst(type)])),
      } as WithEntryTypes);
    },
  };
}
