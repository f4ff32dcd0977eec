import { nestsDeeperThan } from "../json-depth";
import { SUMMARY_LIMITS } from "../share/format";
import { checkTeamSummary, fields, list, storedTime, text } from "../share/schema";
import { TEAM_MAX_MEMBERS, TEAM_VERSION, type Team, type TeamMember } from "./team";

/*
 * The stored team, checked as it is read back: storage can hold anything (another version, an
 * edit in the browser's tools), and a team that cannot be read is refused as a whole.
 */

function member(value: unknown, index: number): TeamMember {
  const path = ["members", index];
  const entry = fields(value, path, ["name", "codes", "updatedAt"], ["summary"]);
  const codes = list(entry["codes"], [...path, "codes"], 40).map((code, at) =>
    text(code, [...path, "codes", at], 30),
  );
  return {
    name: text(entry["name"], [...path, "name"], SUMMARY_LIMITS.name),
    ...(entry["summary"] === undefined
      ? {}
      : { summary: checkTeamSummary(entry["summary"], [...path, "summary"]) }),
    codes,
    updatedAt: storedTime(entry["updatedAt"], [...path, "updatedAt"]),
  };
}

/** The stored team's text read back, or undefined when it cannot be used as it is. */
export function readStoredTeam(stored: string): Team | undefined {
  if (nestsDeeperThan(stored, 8)) return undefined;
  try {
    const team = fields(JSON.parse(stored), [], ["version", "members"]);
    if (team["version"] !== TEAM_VERSION) return undefined;
    return {
      version: TEAM_VERSION,
      members: list(team["members"], ["members"], TEAM_MAX_MEMBERS).map(member),
    };
  } catch {
    return undefined;
  }
}
