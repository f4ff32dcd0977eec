import { z } from "astro/zod";
import { idPattern } from "../vocabulary/ids";
import { questionTypes, type QuestionType } from "../vocabulary/questions";

/*
 * Quizzes in content/quizzes/<id>.yaml. Every question type an author can use is here, with
 * messages that say what to write. docs/quizzes.md shows one example per type.
 */

const stableId = z.string({ error: "add an id" }).regex(idPattern, {
  error: "use a stable kebab-case id, such as listen-first (lower case, digits and dashes)",
});

const text = (what: string) =>
  z
    .string({ error: `add ${what}` })
    .trim()
    .min(1, { error: `add ${what}` });

const feedback = (what: string) =>
  z
    .string({ error: `add feedback that explains ${what}` })
    .trim()
    .min(1, { error: `add feedback that explains ${what}` });

/** Report ids used twice in a list, at the later use; items without a usable id are skipped. */
function uniqueIds(list: { id?: unknown }[], where: string, path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    if (typeof item?.id !== "string") continue;
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: "custom",
        path: [path, index, "id"],
        message: `id "${item.id}" is used twice in ${where}: give each its own id`,
      });
    }
    seen.add(item.id);
  }
}

/** One answer a learner can pick. */
export const optionSchema = z.object({
  /** Stable id: kept in the learner's progress, so never reuse it for another meaning. */
  id: stableId,
  /** What the learner reads. */
  text: text("the option's text"),
  /** True on a right answer. */
  correct: z.boolean({ error: "write correct: true, or leave it out" }).default(false),
  /** Why this answer is right or wrong; shown after the learner answers. */
  feedback: feedback("why this option is right or wrong"),
});

/** Fields every question has. */
const questionBase = {
  /** Stable id, unique within the quiz; the learner's answer is stored under it. */
  id: stableId,
  /** The question or instruction the learner reads. */
  prompt: text("the question as prompt: ..."),
};

/** Fields every scored question has. */
const scoredBase = {
  ...questionBase,
  /** Ask "how sure are you?" (sure, unsure, I don't know) before checking. */
  confidence: z.boolean({ error: "write confidence: true or false" }).optional(),
  /** Shown after any answer, and at once after "I don't know": the idea behind the question. */
  explanation: text("an explanation, or leave explanation out").optional(),
};

/** One right answer among several. */
export const singleChoiceSchema = z
  .object({
    ...scoredBase,
    type: z.literal("single"),
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
        message: `a single-choice question needs exactly one option with correct: true; this one has ${correct}. For several right answers use type: multiple`,
      });
    }
    uniqueIds(question.options, "this question's options", "options", ctx);
  });

/**
 * Several right answers. Partial credit: each right option picked earns a share, each wrong
 * option picked takes one back, never below zero.
 */
export const multipleSelectSchema = z
  .object({
    ...scoredBase,
    type: z.literal("multiple"),
    options: z
      .array(optionSchema, { error: "add options as a list" })
      .min(3, { error: "give at least three options" }),
  })
  .superRefine((question, ctx) => {
    if (!question.options.some((option) => option.correct)) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message:
          "a multiple-select question needs at least one option with correct: true; this one has none",
      });
    }
    uniqueIds(question.options, "this question's options", "options", ctx);
  });

/** A statement that is true or false. */
export const trueFalseSchema = z.object({
  ...scoredBase,
  type: z.literal("true-false"),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean({ error: "write answer: true or answer: false" }),
  /** Shown to a learner who answers "true". */
  ifTrue: feedback('why answering "true" is right or wrong (ifTrue: ...)'),
  /** Shown to a learner who answers "false". */
  ifFalse: feedback('why answering "false" is right or wrong (ifFalse: ...)'),
});

/** Put items in order; authors list them in the right order, learners see them shuffled. */
export const orderingSchema = z
  .object({
    ...scoredBase,
    type: z.literal("ordering"),
    items: z
      .array(z.object({ id: stableId, text: text("the item's text") }), {
        error: "add items as a list, in the right order",
      })
      .min(3, { error: "an ordering question needs at least three items" }),
    /** Why this is the right order. */
    feedback: feedback("why this is the right order"),
  })
  .superRefine((question, ctx) => uniqueIds(question.items, "this question's items", "items", ctx));

/** Pair each item on the left with one on the right. */
export const matchingSchema = z
  .object({
    ...scoredBase,
    type: z.literal("matching"),
    pairs: z
      .array(
        z.object({
          id: stableId,
          left: text("the left-hand item"),
          right: text("the right-hand item it matches"),
          /** Why these two belong together. */
          feedback: feedback("why these two belong together"),
        }),
        { error: "add pairs as a list" },
      )
      .min(2, { error: "a matching question needs at least two pairs" }),
  })
  .superRefine((question, ctx) => uniqueIds(question.pairs, "this question's pairs", "pairs", ctx));

/** A choice in a scenario step: what the learner says or does, and what follows. */
const scenarioChoiceSchema = z
  .object({
    id: stableId,
    text: text("what the learner says or does"),
    /** What this choice does to the customer: shown at once. */
    feedback: feedback("what this response does to the customer"),
    /** The step this choice leads to. */
    next: stableId.optional(),
    /** The outcome this choice ends in. */
    outcome: stableId.optional(),
  })
  .refine((choice) => (choice.next === undefined) !== (choice.outcome === undefined), {
    error: "give each choice either next: <step id> or outcome: <outcome id>, not both",
  });

/**
 * A customer's story told in steps. Each choice shows its consequence and leads to another step
 * or to an outcome with a debrief. The score is the outcome's.
 */
export const scenarioSchema = z
  .object({
    ...questionBase,
    type: z.literal("scenario"),
    /** The customer's name, shown on their side of the conversation with drawn initials. */
    customer: text("the customer's name").optional(),
    steps: z
      .array(
        z.object({
          id: stableId,
          /** What is happening now, from the customer's side. */
          text: text("what is happening at this step"),
          choices: z
            .array(scenarioChoiceSchema, { error: "add choices as a list" })
            .min(2, { error: "give at least two choices at each step" }),
        }),
        { error: "add steps as a list; the first step is where the story starts" },
      )
      .min(1, { error: "add at least one step" }),
    outcomes: z
      .array(
        z.object({
          id: stableId,
          title: text("the outcome's title"),
          /** The debrief: what happened, and why. */
          debrief: text("a debrief: what happened and why"),
          /** How well this went, from 0 (badly) to 1 (as well as it could). */
          score: z
            .number({ error: "give the outcome a score from 0 to 1" })
            .min(0, { error: "a score is from 0 to 1" })
            .max(1, { error: "a score is from 0 to 1" }),
        }),
        { error: "add outcomes as a list" },
      )
      .min(1, { error: "add at least one outcome" }),
  })
  .superRefine((question, ctx) => {
    uniqueIds(question.steps, "this scenario's steps", "steps", ctx);
    uniqueIds(question.outcomes, "this scenario's outcomes", "outcomes", ctx);
    const steps = new Set(question.steps.map((step) => step.id));
    const outcomes = new Set(question.outcomes.map((outcome) => outcome.id));
    for (const [stepIndex, step] of question.steps.entries()) {
      for (const [choiceIndex, choice] of step.choices.entries()) {
        const path = ["steps", stepIndex, "choices", choiceIndex];
        if (choice.next !== undefined && !steps.has(choice.next)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "next"],
            message: `next: "${choice.next}" names no step; use one of: ${[...steps].join(", ")}`,
          });
        }
        if (choice.outcome !== undefined && !outcomes.has(choice.outcome)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "outcome"],
            message: `outcome: "${choice.outcome}" names no outcome; use one of: ${[...outcomes].join(", ")}`,
          });
        }
      }
    }
  });

/** Free text the learner writes; kept only on their device, never scored. */
export const reflectionSchema = z.object({
  ...questionBase,
  type: z.literal("reflection"),
  /** A nudge shown under the prompt. */
  hint: text("a hint, or leave hint out").optional(),
  /** Four boxes in a 2×2 grid (says, thinks, does, feels) instead of one text box. */
  layout: z
    .literal("empathy-map", { error: "write layout: empathy-map, or leave layout out" })
    .optional(),
});

/** Statements rated on a scale; the learner sees a profile, not a score. */
export const scaleSchema = z
  .object({
    ...questionBase,
    type: z.literal("scale"),
    /** Labels from the lowest point of the scale to the highest, for example 1 to 5. */
    labels: z
      .array(text("a scale label"))
      .min(3, { error: "give at least three scale labels, lowest first" })
      .max(7, { error: "give at most seven scale labels" })
      .default(["Not at all", "Rarely", "Sometimes", "Often", "Always"]),
    /** What the profile groups statements by. */
    dimensions: z
      .array(
        z.object({
          id: stableId,
          name: text("the dimension's name"),
          /** What a high rating on this dimension suggests. */
          description: text("what this dimension means"),
        }),
      )
      .min(1, { error: "add at least one dimension" }),
    statements: z
      .array(z.object({ id: stableId, text: text("the statement"), dimension: stableId }))
      .min(2, { error: "add at least two statements" }),
  })
  .superRefine((question, ctx) => {
    uniqueIds(question.dimensions, "this scale's dimensions", "dimensions", ctx);
    uniqueIds(question.statements, "this scale's statements", "statements", ctx);
    const dimensions = new Set(question.dimensions.map((dimension) => dimension.id));
    for (const [index, statement] of question.statements.entries()) {
      if (!dimensions.has(statement.dimension)) {
        ctx.addIssue({
          code: "custom",
          path: ["statements", index, "dimension"],
          message: `dimension "${statement.dimension}" is not defined; use one of: ${[...dimensions].join(", ")}`,
        });
      }
    }
  });

/** Any question a quiz can hold, told apart by `type`. */
export const questionSchema = z.discriminatedUnion(
  "type",
  [
    singleChoiceSchema,
    multipleSelectSchema,
    trueFalseSchema,
    orderingSchema,
    matchingSchema,
    scenarioSchema,
    reflectionSchema,
    scaleSchema,
  ],
  { error: `set type to one of: ${questionTypes.join(", ")}` },
);

/**
 * Start every problem inside a question with the question's place and id, so that an author
 * reading "questions.2.options.0.feedback" in a build error knows which question to open. This
 * runs even when the questions failed (`when`), which is the only time there is anything to name.
 * The raw issues have no message yet: the message is the one the failing schema would give.
 */
const nameTheQuestion = z.superRefine<{ questions?: unknown }>(
  (_quiz, payload) => {
    const questions = (payload.value as { questions?: unknown } | undefined)?.questions;
    if (!Array.isArray(questions)) return;
    for (const [position, issue] of payload.issues.entries()) {
      const [field, index] = issue.path ?? [];
      if (field !== "questions" || typeof index !== "number") continue;
      const id = (questions[index] as { id?: unknown } | undefined)?.id;
      const message = issue.message ?? unwrapMessage(issue.inst?._zod.def.error?.(issue as never));
      if (typeof message !== "string") continue;
      const name =
        typeof id === "string" ? `question ${index + 1} ("${id}")` : `question ${index + 1}`;
      payload.issues[position] = { ...issue, message: `${name}: ${message}` };
    }
  },
  { when: () => true },
);

function unwrapMessage(message: unknown): string | undefined {
  if (typeof message === "string") return message;
  if (typeof message === "object" && message !== null && "message" in message) {
    return String(message.message);
  }
  return undefined;
}

/** A quiz in content/quizzes/<id>.yaml, embedded in a module with <Quiz id="..." />. */
export const quizSchema = z
  .object({
    /** Heading shown above the questions. */
    title: text("a title, or leave title out").default("Check your understanding"),
    /** Ask "how sure are you?" on every scored question unless a question says otherwise. */
    confidence: z.boolean({ error: "write confidence: true or false" }).default(false),
    /** The questions, in the order first shown. */
    questions: z
      .array(questionSchema, { error: "add questions as a list" })
      .min(1, { error: "add at least one question" }),
  })
  // Checked even when a question has other problems, so the author sees every problem at once.
  .superRefine(
    (quiz, ctx) => {
      const questions: unknown = quiz?.questions;
      if (Array.isArray(questions)) uniqueIds(questions, "this quiz", "questions", ctx);
    },
    { when: () => true },
  )
  .check(nameTheQuestion);

/** What code reads for a quiz. */
export type Quiz = z.output<typeof quizSchema>;
/** What code reads for any question. */
export type Question = z.output<typeof questionSchema>;
/** What code reads for an option of a choice question. */
export type Option = z.output<typeof optionSchema>;
/** A question of one type. */
export type QuestionOf<T extends Question["type"]> = Extract<Question, { type: T }>;

// The schema above and src/vocabulary/questions.ts name the same types: a type added to one
// and not the other stops the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: Same<Question["type"], QuestionType> = true;
void sameTypes;
