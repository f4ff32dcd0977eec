import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { moduleSchemaFor, moduleWordsSchema } from "./schemas/module";
import { contentDir, courseTrackIds, getCourse } from "./course";
import { quizSchema } from "./schemas/quiz";
import { principleSchema } from "./schemas/principle";
import { glossaryTermSchema } from "./schemas/glossary";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { courseLocales } from "./course/locales";
import { parsedWhenChanged } from "./course/unchanged-entries";

const modules = defineCollection({
  loader: parsedWhenChanged(glob({ pattern: "*.mdx", base: `${contentDir}/modules` })),
  schema: moduleSchemaFor({
    trackIds: courseTrackIds(),
    everythingTrack: getCourse().everythingTrack,
  }),
});

const quizzes = defineCollection({
  loader: parsedWhenChanged(glob({ pattern: "*.{yaml,yml}", base: `${contentDir}/quizzes` })),
  schema: quizSchema,
});

const principles = defineCollection({
  loader: file(`${contentDir}/principles.yaml`),
  schema: principleSchema,
});

// A curriculum may have no glossary yet (a fresh fork, a test fixture): then the page says so.
const glossaryFile = `${contentDir}/glossary.yaml`;
const glossary = defineCollection({
  loader: existsSync(glossaryFile)
    ? file(glossaryFile)
    : { name: "no-glossary", load: async () => {} },
  schema: glossaryTermSchema,
});

/*
 * Translations: content/<lang>/ holds the same files as content/ in another language, with the
 * same ids. Each kind is one collection over every language, its ids "<lang>/<id>"; the course
 * (src/course/translations.ts) matches them to the English originals.
 */
const inLanguages = (pattern: string) =>
  parsedWhenChanged(
    glob({
      pattern,
      base: contentDir,
      generateId: ({ entry }) => entry.replace(/\/(modules|quizzes)\//, "/").replace(/\.\w+$/, ""),
    }),
  );

const translatedModules = defineCollection({
  loader: inLanguages("*/modules/*.mdx"),
  schema: moduleWordsSchema,
});

const translatedQuizzes = defineCollection({
  loader: inLanguages("*/quizzes/*.{yaml,yml}"),
  schema: quizSchema,
});

/** A list file (principles, glossary) in every language folder, its entries as "<lang>/<id>". */
const listInLanguages = (name: string): Loader => ({
  name: `translated-${name}`,
  load: async ({ store, parseData }) => {
    store.clear();
    for (const lang of courseLocales(contentDir).slice(1)) {
      const path = join(contentDir, lang, name);
      if (!existsSync(path)) continue;
      const items = parseYaml(readFileSync(path, "utf8")) ?? [];
      for (const item of Array.isArray(items) ? items : []) {
        const id = `${lang}/${item?.id}`;
        store.set({
          id,
          data: await parseData({ id, data: item, filePath: path }),
          filePath: path,
        });
      }
    }
  },
});

const translatedPrinciples = defineCollection({
  loader: listInLanguages("principles.yaml"),
  schema: principleSchema,
});

const translatedGlossary = defineCollection({
  loader: listInLanguages("glossary.yaml"),
  schema: glossaryTermSchema,
});

export const collections = {
  modules,
  quizzes,
  principles,
  glossary,
  translatedModules,
  translatedQuizzes,
  translatedPrinciples,
  translatedGlossary,
};
