import * as v from "valibot";
import { isoDate } from "../record/schema";
import { teamSummarySchema } from "../share/schema";
import { SUMMARY_LIMITS } from "../share/format";
import { nestsDeeperThan } from "../json-depth";
import { TEAM_MAX_MEMBERS, TEAM_VERSION, type Team } from "./team";

/*
 * The stored team, checked as it is read back: storage can hold anything (another version,
 * an edit in the browser's tools), and a team that cannot be read is refused as a whole.
 */

const teamSchema = v.strictObject({
  version: v.literal(TEAM_VERSION),
  members: v.pipe(
    v.array(
      v.strictObject({
        name: v.pipe(v.string(), v.minLength(1), v.maxLength(SUMMARY_LIMITS.name)),
        summary: v.optional(teamSummarySchema),
        codes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(30))), v.maxLength(40)),
        updatedAt: isoDate,
      }),
    ),
    v.maxLength(TEAM_MAX_MEMBERS),
  ),
});

/** The stored team's text read back, or undefined when it cannot be used as it is. */
export function readStoredTeam(text: string): Team | undefined {
  if (nestsDeeperThan(text, 8)) return undefined;
  try {
    const result = v.safeParse(teamSchema, JSON.parse(text));
    return result.success ? (result.output as Team) : undefined;
  } catch {
    return undefined;
  }
}
