import type { TeamSummary } from "../share/format";

/*
 * A manager's team, as kept in their browser: people, each from a summary they shared or a
 * completion code pasted in. Pure functions; the store in src/stores/team.ts keeps it. A person
 * is known by their name, written loosely (case and spacing), so adding someone again updates
 * their row rather than adding a second.
 */

/** The version of the stored team. */
export const TEAM_VERSION = 1;

/** One person on the team. */
export interface TeamMember {
  name: string;
  /** The newest summary they shared, if any. */
  summary?: TeamSummary;
  /** Completion codes pasted in for them, well formed, in the order added. */
  codes: string[];
  /** When they were last added or updated on this device (ISO). */
  updatedAt: string;
}

/** The whole team. */
export interface Team {
  version: typeof TEAM_VERSION;
  members: TeamMember[];
}

/** The most people a team holds: a manager's team, with room to spare. */
export const TEAM_MAX_MEMBERS = 300;

/** A team with nobody in it. */
export const emptyTeam = (): Team => ({ version: TEAM_VERSION, members: [] });

/** The name as a person's identity: case, accents' forms and spacing do not count. */
export const personKey = (name: string) =>
  name.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

/** What adding did to the team. */
export type AddOutcome = "added" | "updated" | "kept-newer" | "unchanged" | "team-full";

function withMember(
  team: Team,
  name: string,
  change: (member: TeamMember | undefined) => TeamMember | undefined,
): { team: Team; outcome: AddOutcome } {
  const key = personKey(name);
  const index = team.members.findIndex((member) => personKey(member.name) === key);
  const before = index === -1 ? undefined : team.members[index];
  if (!before && team.members.length >= TEAM_MAX_MEMBERS) return { team, outcome: "team-full" };
  const after = change(before);
  if (!after) return { team, outcome: before ? "kept-newer" : "unchanged" };
  const members = [...team.members];
  if (index === -1) members.push(after);
  else members[index] = after;
  return { team: { ...team, members }, outcome: before ? "updated" : "added" };
}

/** The team with a summary added: a new person, or an update when it is newer than theirs. */
export function addSummary(team: Team, summary: TeamSummary, now: Date) {
  return withMember(team, summary.name, (member) => {
    if (member?.summary && member.summary.madeAt >= summary.madeAt) return undefined;
    return {
      name: summary.name,
      summary,
      codes: member?.codes ?? [],
      updatedAt: now.toISOString(),
    };
  });
}

/**
 * The team with a completion code added, for the person named, or under the code itself when
 * no name came with it. A code they already have changes nothing.
 */
export function addCode(team: Team, code: string, name: string | undefined, now: Date) {
  return withMember(team, name ?? code, (member) => {
    if (member?.codes.includes(code)) return undefined;
    return {
      ...member,
      name: member?.name ?? name ?? code,
      codes: [...(member?.codes ?? []), code],
      updatedAt: now.toISOString(),
    };
  });
}
