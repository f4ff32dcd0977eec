import { relative } from "node:path";
import { readCollections } from "./collections";
import { defaultLocale } from "./locales";

/*
 * Translations matched to their English originals. A translation has its original's id (the
 * same file name under content/<lang>/) and only its words: a module's title, summary and prose,
 * a quiz's texts. What makes an answer right, and every id a learner's record is kept under,
 * must be the original's, so a learner's progress is the same in every language.
 */

type Collections = Awaited<ReturnType<typeof readCollections>>;

/** "fr/why-customer-focus" as its language and id. */
export const splitId = (id: string) => {
  const slash = id.indexOf("/");
  return { lang: id.slice(0, slash), id: id.slice(slash + 1) };
};

/** The entries of `lang` in a translated collection, by their original's id. */
export function inLanguage<T extends { id: string }>(
  entries: readonly T[],
  lang: string,
): Map<string, T> {
  if (lang === defaultLocale) return new Map();
  return new Map(
    entries.flatMap((entry) => {
      const split = splitId(entry.id);
      return split.lang === lang ? [[split.id, entry] as const] : [];
    }),
  );
}

const shown = (entry: { id: string; filePath?: string | undefined }) =>
  relative(process.cwd(), entry.filePath ?? entry.id);

// What must be the same in a quiz's translation: ids, types, right answers, where choices lead,
// scores. Everything else (prompts, options' texts, feedback) is words.
const factKeys = new Set([
  "id",
  "type",
  "correct",
  "answer",
  "next",
  "outcome",
  "score",
  "dimension",
]);
function factsOf(value: unknown): unknown {
  // A list of words (a scale's labels) is words: only how many there are is a fact.
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === "object" ? factsOf(item) : typeof item));
  }
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]) =>
      factKeys.has(key) ? [[key, inner]] : typeof inner === "object" ? [[key, factsOf(inner)]] : [],
    ),
  );
}

/** Translations whose id matches no original, and quizzes whose facts differ from the original's. */
export function findTranslationProblems(
  collections: Collections,
  moduleQuizIds: ReadonlyMap<string, readonly string[]>,
  quizIdsOfTranslation: (entry: Collections["translated"]["modules"][number]) => string[],
): string[] {
  const problems: string[] = [];
  const moduleIds = [...moduleQuizIds.keys()].sort().join(", ");
  for (const entry of collections.translated.modules) {
    const { id } = splitId(entry.id);
    const quizIds = moduleQuizIds.get(id);
    if (!quizIds) {
      problems.push(
        `${shown(entry)}: no English module has the id "${id}". A translation has the file name of its original in content/modules/, one of: ${moduleIds}.`,
      );
      continue;
    }
    const own = quizIdsOfTranslation(entry);
    if (own.join(",") !== quizIds.join(",")) {
      problems.push(
        `${shown(entry)}: it embeds the quizzes ${own.join(", ") || "(none)"}, but its original embeds ${quizIds.join(", ") || "(none)"}. Embed the same quizzes, by the same ids.`,
      );
    }
  }
  const originals = new Map(collections.quizzes.map((quiz) => [quiz.id, quiz]));
  for (const entry of collections.translated.quizzes) {
    const { id } = splitId(entry.id);
    const original = originals.get(id);
    if (!original) {
      problems.push(
        `${shown(entry)}: no English quiz has the id "${id}". Name it as its original in content/quizzes/.`,
      );
      continue;
    }
    const theirs = original.data.questions;
    const ours = entry.data.questions;
    if (theirs.length !== ours.length) {
      problems.push(
        `${shown(entry)}: it has ${ours.length} questions, its original ${theirs.length}. Translate every question, in the same order.`,
      );
      continue;
    }
    ours.forEach((question, index) => {
      if (JSON.stringify(factsOf(question)) !== JSON.stringify(factsOf(theirs[index]))) {
        problems.push(
          `${shown(entry)}: question ${index + 1} ("${question.id}") differs from the original's in its ids, type, right answers or scores. A translation changes only words.`,
        );
      }
    });
  }
  return problems;
}

/** What a facilitator's run sheet takes from a module, counted. */
export interface RunSheetWords {
  id: string;
  filePath: string;
  talkingPoints: number;
  materials: number;
  /** How many <FacilitatorNote> the module holds. */
  notes: number;
}

/**
 * Translations that would leave a run sheet half in English or short of notes: each of the
 * original's facilitator notes, talking points and materials needs its twin, as many as the
 * original has, so a facilitator running the day in another language has all of it.
 */
export function findRunSheetProblems(
  originals: readonly RunSheetWords[],
  translations: readonly RunSheetWords[],
): string[] {
  const byId = new Map(originals.map((original) => [original.id, original]));
  return translations.flatMap((translation) => {
    const original = byId.get(translation.id);
    if (!original) return [];
    const problems: string[] = [];
    const compare = (count: number, theirs: number, what: string, fix: string) => {
      if (count !== theirs) {
        problems.push(
          `${translation.filePath}: it has ${count} ${what}, its original (${original.filePath}) ${theirs}. ${fix}`,
        );
      }
    };
    compare(
      translation.notes,
      original.notes,
      "facilitator notes",
      "Translate each <FacilitatorNote> and put it where the original has it.",
    );
    compare(
      translation.talkingPoints,
      original.talkingPoints,
      "talking points",
      "Translate each of the original's talkingPoints, in the same order.",
    );
    compare(
      translation.materials,
      original.materials,
      "materials",
      "Translate each of the original's materials, in the same order.",
    );
    return problems;
  });
}
