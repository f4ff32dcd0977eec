import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { moduleSchemaFor } from "./schemas/module";
import { contentDir, courseTrackIds, getCourse } from "./course";
import { quizSchema } from "./schemas/quiz";
import { principleSchema } from "./schemas/principle";
import { glossaryTermSchema } from "./schemas/glossary";
import { existsSync } from "node:fs";

const modules = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${contentDir}/modules` }),
  schema: moduleSchemaFor({
    trackIds: courseTrackIds(),
    everythingTrack: getCourse().everythingTrack,
  }),
});

const quizzes = defineCollection({
  loader: glob({ pattern: "*.{yaml,yml}", base: `${contentDir}/quizzes` }),
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

export const collections = { modules, quizzes, principles, glossary };
