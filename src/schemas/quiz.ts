import { z } from "astro/zod";

const stableId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "use a stable kebab-case id, such as listen-first (lower case, digits and dashes)",
});

/** One answer a learner can pick. */
export const optionSchema = z.object({
  /** Stable id: kept in the learner's progress, so never reuse it for another meaning. */
  id: stableId,
  /** What the learner reads. */
  text: z
    .string({ error: "add the option's text" })
    .trim()
    .min(1, { error: "add the option's text" }),
  /** True on the right answer. */
  correct: z.boolean({ error: "write correct: true, or leave it out" }).default(false),
  /** Why this answer is right or wrong; shown after the learner answers. */
  feedback: z
    .string({ error: "add feedback that explains why this option is right or wrong" })
    .trim()
    .min(1, { error: "add feedback that explains why this option is right or wrong" }),
});

/** A question with exactly one right answer. */
export const singleChoiceSchema = z
  .object({
    /** Stable id, unique within the quiz. */
    id: stableId,
    type: z.literal("single", { error: "use type: single (one right answer)" }),
    /** The question itself. */
    prompt: z.string({ error: "add the question as prompt: ..." }).trim().min(1),
    /** The answers to choose from. */
    options: z
      .array(optionSchema, { error: "add options as a list" })
      .min(2, { error: "give at least two options" }),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `a single-choice question needs exactly one option with correct: true; "${question.id}" has ${correct}`,
      });
    }
    const seen = new Set<string>();
    for (const [index, option] of question.options.entries()) {
      if (seen.has(option.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["options", index, "id"],
          message: `option id "${option.id}" is used twice in question "${question.id}": give each option its own id`,
        });
      }
      seen.add(option.id);
    }
  });

/** Any question a quiz can hold. */
export const questionSchema = singleChoiceSchema;

/** A quiz in content/quizzes/<id>.yaml, embedded in a module with <Quiz id="..." />. */
export const quizSchema = z
  .object({
    /** Heading shown above the questions. */
    title: z.string().trim().min(1).default("Check your understanding"),
    /** The questions, in the order first shown. */
    questions: z
      .array(questionSchema, { error: "add questions as a list" })
      .min(1, { error: "add at least one question" }),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    for (const [index, question] of quiz.questions.entries()) {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["questions", index, "id"],
          message: `question id "${question.id}" is used twice: give each question its own id`,
        });
      }
      seen.add(question.id);
    }
  });

/** What code reads for a quiz. */
export type Quiz = z.output<typeof quizSchema>;
/** What code reads for a question. */
export type Question = z.output<typeof questionSchema>;
/** What code reads for an option. */
export type Option = z.output<typeof optionSchema>;
