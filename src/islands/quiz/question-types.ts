import type { ComponentType } from "preact";
import type { QuestionOf } from "../../schemas/quiz";
import type { QuestionProps } from "./types";
import type { Reflection } from "./Reflection";

type EmpathyMapCode = typeof import("./EmpathyGrid");

/*
 * The question types fewer quizzes ask, each in a file of its own and loaded before the quiz
 * hydrates, on the pages whose quizzes ask them: a quiz of single-choice questions loads no
 * drag-and-drop, conversation or rating code. The common types (single, multiple, true-false)
 * come with the quiz itself. The module page names its types in a <meta> (questionTypesMeta);
 * the build renders with every type.
 */

// "empathy-map" is a reflection's layout rather than a type: its code, loaded on its own too.
type LazyType = "ordering" | "matching" | "scenario" | "reflection" | "scale" | "empathy-map";
type Component<T extends LazyType> = T extends "reflection"
  ? typeof Reflection
  : T extends "empathy-map"
    ? EmpathyMapCode
    : ComponentType<QuestionProps<QuestionOf<Exclude<T, "empathy-map">>>>;

const loaders: { [T in LazyType]: () => Promise<Component<T>> } = {
  ordering: () => import("./Ordering").then((module) => module.Ordering),
  matching: () => import("./Matching").then((module) => module.Matching),
  scenario: () => import("./Scenario").then((module) => module.Scenario),
  reflection: () => import("./Reflection").then((module) => module.Reflection),
  scale: () => import("./Scale").then((module) => module.Scale),
  "empathy-map": () => import("./EmpathyGrid"),
};

/** The types loaded on their own. */
export const lazyTypes = Object.keys(loaders) as LazyType[];

/** The name of the <meta> in which a module page lists the question types its quizzes ask. */
export const questionTypesMeta = "cx-question-types";

const loaded: { [T in LazyType]?: Component<T> } = {};

/** Load the components of some question types (types that come with the quiz are skipped). */
export async function loadQuestionTypes(types: readonly string[]): Promise<void> {
  const lazy = types.filter((type): type is LazyType => type in loaders);
  await Promise.all(
    lazy.map(async (type) => {
      (loaded as Record<LazyType, unknown>)[type] ??= await loaders[type]();
    }),
  );
}

/** The types the page's <meta> names, or every type on a page without one. */
export function typesOnPage(): readonly string[] {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${questionTypesMeta}"]`);
  return meta ? meta.content.split(" ") : lazyTypes;
}

/** A loaded question type's component. */
export function questionComponent<T extends LazyType>(type: T): Component<T> {
  const component = loaded[type];
  if (!component) throw new Error(`The "${type}" question's code was not loaded before the quiz.`);
  return component as Component<T>;
}
