import { AstroError } from "astro/errors";
import type { ModuleFrontmatter, TrackId } from "../schemas/module";

/** A module as the site uses it: its id, where it lives, its frontmatter, the quizzes it embeds. */
export interface CurriculumModule {
  id: string;
  /** Path relative to the project, for messages that authors can act on. */
  filePath: string;
  data: ModuleFrontmatter;
  quizIds: string[];
}

/**
 * Thrown when content is wrong in a way the schema alone cannot see: every problem at once,
 * as Astro's error for authors (message and hint).
 */
export class CurriculumError extends AstroError {
  constructor(readonly problems: string[]) {
    super(
      `The curriculum has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
      "Fix each file named above. docs/authors.md and docs/quizzes.md show every field with an example.",
    );
    this.name = "CurriculumError";
  }
}

/**
 * Every problem in how modules refer to each other and to quizzes: prerequisites that name no
 * module, prerequisite cycles, quizzes that do not exist. Each message names the file, the field
 * and what to write instead.
 */
export function findCurriculumProblems(
  modules: readonly CurriculumModule[],
  knownQuizIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const byId = new Map(modules.map((module) => [module.id, module]));
  const moduleList = [...byId.keys()].sort().join(", ");
  const quizList = [...knownQuizIds].sort().join(", ");

  for (const module of modules) {
    for (const prerequisite of module.data.prerequisites) {
      if (prerequisite === module.id) {
        problems.push(
          `${module.filePath}: prerequisites lists the module itself ("${prerequisite}"). Remove it.`,
        );
      } else if (!byId.has(prerequisite)) {
        problems.push(
          `${module.filePath}: prerequisites names "${prerequisite}", but no module has that id. ` +
            `Write the file name of a module without .mdx, one of: ${moduleList}.`,
        );
      }
    }
    for (const quizId of module.quizIds) {
      if (!knownQuizIds.has(quizId)) {
        problems.push(
          `${module.filePath}: <Quiz id="${quizId}" /> names no quiz. ` +
            `Create content/quizzes/${quizId}.yaml or use one of: ${quizList || "(none yet)"}.`,
        );
      }
    }
  }

  const usedBy = new Map<string, string>();
  for (const module of modules) {
    for (const quizId of module.quizIds) {
      const other = usedBy.get(quizId);
      if (other !== undefined) {
        problems.push(
          `${module.filePath}: <Quiz id="${quizId}" /> is already used in ${other}. ` +
            `A quiz belongs to one module: copy it to a new file under content/quizzes/ with its own id.`,
        );
      } else {
        usedBy.set(quizId, module.filePath);
      }
    }
  }

  for (const cycle of findCycles(modules, byId)) {
    const first = byId.get(cycle[0]!)!;
    problems.push(
      `${first.filePath}: prerequisites form a cycle (${[...cycle, cycle[0]].join(" → ")}). ` +
        `Remove one of these prerequisites so the path has a place to start.`,
    );
  }
  return problems;
}

/**
 * Every track that is not closed under its prerequisites: a module in a track that needs a
 * module the track lacks would send its learners outside their track. Each message names both
 * files and the two ways to fix it.
 */
export function findTrackProblems(modules: readonly CurriculumModule[]): string[] {
  const byId = new Map(modules.map((module) => [module.id, module]));
  return modules.flatMap((module) =>
    module.data.tracks.flatMap((track) =>
      module.data.prerequisites.flatMap((id) => {
        const needed = byId.get(id);
        if (!needed || needed.data.tracks.includes(track)) return [];
        return [
          `${module.filePath}: the track "${track}" holds this module, which needs "${id}" (${needed.filePath}), which is not in that track. ` +
            `Add ${track} to the tracks of ${needed.filePath}, or remove ${track} from this module's tracks or ${id} from its prerequisites.`,
        ];
      }),
    ),
  );
}

/** Each distinct prerequisite cycle once, as the list of module ids around it. */
function findCycles(
  modules: readonly CurriculumModule[],
  byId: ReadonlyMap<string, CurriculumModule>,
): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];

  const visit = (id: string): void => {
    state.set(id, "visiting");
    stack.push(id);
    for (const next of byId.get(id)?.data.prerequisites ?? []) {
      if (next === id || !byId.has(next)) continue; // reported elsewhere
      if (state.get(next) === "visiting") {
        cycles.push(stack.slice(stack.indexOf(next)));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, "done");
  };

  for (const module of [...modules].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!state.has(module.id)) visit(module.id);
  }
  return cycles;
}

/**
 * Modules in reading order: every module after its prerequisites, ties broken by `order`, then id.
 * Assumes the curriculum has no cycles (findCurriculumProblems checks that first).
 */
export function orderModules<T extends CurriculumModule>(modules: readonly T[]): T[] {
  const byId = new Map(modules.map((module) => [module.id, module]));
  const placed = new Set<string>();
  const result: T[] = [];
  const byOrder = (a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);
  const remaining = [...modules].sort(byOrder);
  while (remaining.length > 0) {
    const index = remaining.findIndex((module) =>
      module.data.prerequisites.every((id) => placed.has(id) || !byId.has(id)),
    );
    const [next] = remaining.splice(index === -1 ? 0 : index, 1);
    placed.add(next!.id);
    result.push(next!);
  }
  return result;
}

/** The modules of one track, in reading order. */
export function modulesInTrack<T extends CurriculumModule>(
  modules: readonly T[],
  track: TrackId,
): T[] {
  return orderModules(modules).filter((module) => module.data.tracks.includes(track));
}
