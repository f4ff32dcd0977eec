import { idPattern } from "../vocabulary/ids";
import { z } from "astro/zod";

const kebabId = (example: string) =>
  z.string({ error: `add an id, such as ${example}` }).regex(idPattern, {
    error: `use a kebab-case id, such as ${example} (lower case, digits and dashes)`,
  });

/**
 * One term in content/glossary.yaml. The id becomes the term's anchor on the glossary page
 * (/glossary/#<id>), so links and search results keep working when a definition is reworded.
 */
export const glossaryTermSchema = z.object({
  /** Stable id, unique in the file; the term's address on the glossary page. */
  id: kebabId("empathy-map"),
  /** The term as learners meet it in the modules. */
  term: z
    .string({ error: "add the term, for example: term: Empathy map" })
    .trim()
    .min(2, { error: "write a term of at least 2 characters" })
    .max(60, { error: "shorten the term to 60 characters or fewer" }),
  /** Other names and abbreviations learners may search for, such as VoC. */
  aliases: z
    .array(z.string().trim().min(1), {
      error: "write aliases as a list, for example: aliases: [VoC]",
    })
    .default([]),
  /** One or two plain sentences of original wording. */
  definition: z
    .string({ error: "add a definition: one or two plain sentences" })
    .trim()
    .min(20, { error: "write a definition of at least one short sentence" })
    .max(400, {
      error: "shorten the definition to 400 characters or fewer: two sentences at most",
    }),
  /** Ids of the modules that teach the term (file names without .mdx), the main one first. */
  modules: z
    .array(kebabId("empathy-in-practice"), {
      error: "write modules as a list of module ids, for example: modules: [empathy-in-practice]",
    })
    .min(1, {
      error: "name the module that teaches this term, for example: [empathy-in-practice]",
    }),
});

/** What an author writes for a glossary term. */
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
/** What code reads for a glossary term. */
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
