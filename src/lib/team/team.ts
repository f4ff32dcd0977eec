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

/**
 * Characters that show nothing: zero-width spaces and joiners, the soft hyphen, direction marks
 * and isolates, the byte-order mark, variation selectors and tag characters. Pasted from a chat
 * or an email, they would make "Ana" and "An\u200Ba" two people.
 */
const invisible =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

/** A name as it is kept and shown: NFKC, no invisible characters, single spaces. */
export const cleanName = (name: string) =>
  name.normalize("NFKC").replace(invisible, "").replace(/\s+/g, " ").trim();

/**
 * Cyrillic and Greek letters that look like Latin ones. In a name written mostly in Latin
 * letters, they are the same person typed on another keyboard (or a copy-and-paste trap).
 */
const lookAlikes: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
};

/**
 * The name as a person's identity: case, accents' forms, spacing and invisible characters do
 * not count, and in a name mostly in Latin letters, Cyrillic or Greek look-alikes count as the
 * Latin letters they resemble.
 */
export function personKey(name: string): string {
  const key = cleanName(name).toLocaleLowerCase("en");
  const latin = key.match(/[a-z\u00E0-\u024F]/g)?.length ?? 0;
  const others = key.match(/[\u0370-\u03FF\u0400-\u052F]/g)?.length ?? 0;
  return latin >= others ? key.replace(/./gu, (char) => lookAlikes[char] ?? char) : key;
}

/** The latest a summary or code may be dated: a day past now, for clocks and time zones. */
export const latestDate = (now: Date) => new Date(now.getTime() + 24 * 60 * 60 * 1000);

/** Whether an ISO time or YYYY-MM-DD day is still to come, beyond a day's grace. */
export const isInFuture = (when: string, now: Date) =>
  when.slice(0, 10) > latestDate(now).toISOString().slice(0, 10);

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
    // A summary kept from a device whose clock was wrong (dated 2099) blocks nothing.
    const kept = member?.summary;
    if (kept && kept.madeAt >= summary.madeAt && !isInFuture(kept.madeAt, now)) return undefined;
    return {
      name: cleanName(summary.name),
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
      name: member?.name ?? cleanName(name ?? code),
      codes: [...(member?.codes ?? []), code],
      updatedAt: now.toISOString(),
    };
  });
}
