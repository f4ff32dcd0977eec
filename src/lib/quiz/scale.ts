import type { QuestionOf } from "../../schemas/quiz";

/*
 * A self-assessment profile from a scale question's ratings. Pure; apart from results.ts so
 * that the scale's page code does not carry the confidence tallies, nor they the profile.
 */

/** One dimension of a self-assessment profile. */
export interface DimensionScore {
  id: string;
  name: string;
  description: string;
  /** Mean rating of the dimension's statements, from 1 to the number of labels. */
  average: number;
  /** The label nearest the mean. */
  label: string;
}

/**
 * A self-assessment profile: the mean rating of each dimension's statements. `ratings` maps a
 * statement id to its point on the scale, 1 for the first label. Unrated dimensions are left out.
 */
export function scaleProfile(
  question: QuestionOf<"scale">,
  ratings: Readonly<Record<string, number | string>>,
): DimensionScore[] {
  const profile: DimensionScore[] = [];
  for (const dimension of question.dimensions) {
    const points = question.statements
      .filter((statement) => statement.dimension === dimension.id)
      .map((statement) => Number(ratings[statement.id]))
      .filter((point) => Number.isInteger(point) && point >= 1 && point <= question.labels.length);
    if (points.length === 0) continue;
    const average = points.reduce((sum, point) => sum + point, 0) / points.length;
    profile.push({
      id: dimension.id,
      name: dimension.name,
      description: dimension.description,
      average,
      label: question.labels[Math.round(average) - 1]!,
    });
  }
  return profile;
}
