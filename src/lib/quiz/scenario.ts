import type { QuestionOf } from "../../schemas/quiz";

/*
 * A branching scenario is walked step by step. The learner's path is stored as a list of
 * "<step id>/<choice id>" so that a reload, or a later visit, replays the same story.
 */

type Scenario = QuestionOf<"scenario">;
type Step = Scenario["steps"][number];
type Choice = Step["choices"][number];
type Outcome = Scenario["outcomes"][number];

/** One step the learner has been through, with the response they chose. */
export interface TakenStep {
  step: Step;
  choice: Choice;
}

/** Where a path through a scenario has got to. */
export interface ScenarioWalk {
  /** Steps already answered, in order. */
  taken: TakenStep[];
  /** The step waiting for a response; absent once an outcome is reached. */
  current?: Step;
  /** The ending, once reached. */
  outcome?: Outcome;
  /** True when the stored path no longer fits the scenario (an author changed it). */
  stale: boolean;
}

/** The stored form of one choice in a path. */
export function pathEntry(stepId: string, choiceId: string): string {
  return `${stepId}/${choiceId}`;
}

/** Replay a stored path from the first step; stops where it stops fitting the scenario. */
export function walkScenario(scenario: Scenario, path: readonly string[]): ScenarioWalk {
  const steps = new Map(scenario.steps.map((step) => [step.id, step]));
  const taken: TakenStep[] = [];
  let current: Step | undefined = scenario.steps[0];
  for (const entry of path) {
    const [stepId, choiceId] = entry.split("/");
    const choice = current?.choices.find((candidate) => candidate.id === choiceId);
    if (!current || current.id !== stepId || !choice) {
      return { taken, ...(current ? { current } : {}), stale: true };
    }
    taken.push({ step: current, choice });
    if (choice.outcome !== undefined) {
      const outcome = scenario.outcomes.find((candidate) => candidate.id === choice.outcome);
      return outcome ? { taken, outcome, stale: false } : { taken, stale: true };
    }
    current = steps.get(choice.next ?? "");
  }
  return { taken, ...(current ? { current } : {}), stale: current === undefined };
}

/** The path with one more choice, and the outcome it reaches if it ends the story. */
export function chooseInScenario(
  scenario: Scenario,
  path: readonly string[],
  choiceId: string,
): { path: string[]; walk: ScenarioWalk } {
  const current = walkScenario(scenario, path).current;
  const next = current ? [...path, pathEntry(current.id, choiceId)] : [...path];
  return { path: next, walk: walkScenario(scenario, next) };
}
