import { idPattern } from "../vocabulary/ids";
import { z } from "astro/zod";

/** One experience principle in content/principles.yaml. */
export const principleSchema = z.object({
  /** Stable id, unique in the file. */
  id: z.string().regex(idPattern, {
    error: "use a kebab-case id, such as listen-first",
  }),
  /** The principle's short name, as employees say it. */
  name: z.string({ error: "add the principle's name" }).trim().min(2),
  /** One sentence on what it means. */
  summary: z.string({ error: "add a one-sentence summary" }).trim().min(5),
  /** What it looks like on a real working day. */
  inPractice: z.string({ error: "add inPractice: what it looks like on a real day" }).trim().min(5),
});

/** What code reads for a principle. */
export type Principle = z.output<typeof principleSchema>;
