import { atom } from "nanostores";
import { emptyTeam, type Team } from "../lib/team/team";
import { safeStorage, type SafeStorage } from "./storage";

/*
 * A manager's team, kept in this browser under its own key: never mixed with the manager's own
 * progress, which lives under cx-learning-map:progress. The stored text is checked as it is read
 * (lib/team/schema.ts, loaded with the team page's reader); a team that cannot be read is kept
 * aside under TEAM_BACKUP_KEY before anything is written over it.
 */

/** The localStorage key of the team. */
export const TEAM_KEY = "cx-learning-map:team";
/** Where a stored team that could not be read is kept, rather than lost. */
export const TEAM_BACKUP_KEY = "cx-learning-map:team-backup";

/** How the stored team stands. */
export type TeamState =
  | "waiting"
  | "ready"
  /** Storage held a team this page cannot read: it is set aside at the next change. */
  | "unreadable"
  /** Storage cannot be used: the team lasts as long as the page. */
  | "not-kept";

/** The team as this page shows it. */
export const $team = atom<Team>(emptyTeam());
/** Whether the team is stored and read. */
export const $teamState = atom<TeamState>("waiting");

let storage: SafeStorage | undefined;
let unreadableText: string | undefined;

const browserStorage = () =>
  safeStorage(() => (typeof localStorage === "undefined" ? undefined : localStorage));

/** Read the stored team; `read` checks the text (lib/team/schema.ts). */
export function loadTeam(
  read: (text: string) => Team | undefined,
  area: SafeStorage = browserStorage(),
): void {
  storage = area;
  const text = area.read(TEAM_KEY);
  if (typeof text === "object" && text !== null) {
    $teamState.set("not-kept");
    return;
  }
  if (text === null) {
    $team.set(emptyTeam());
    $teamState.set("ready");
    return;
  }
  const team = read(text);
  if (team) {
    $team.set(team);
    $teamState.set("ready");
  } else {
    unreadableText = text;
    $team.set(emptyTeam());
    $teamState.set("unreadable");
  }
}

/** Apply a change to the team and store it. */
export function changeTeam(change: (team: Team) => Team): void {
  const next = change($team.get());
  $team.set(next);
  if (!storage) return;
  if (unreadableText !== undefined) {
    storage.write(TEAM_BACKUP_KEY, unreadableText);
    unreadableText = undefined;
  }
  const fault = storage.write(TEAM_KEY, JSON.stringify(next));
  $teamState.set(fault ? "not-kept" : "ready");
}

/** Forget the team on this device. */
export function forgetTeam(): void {
  $team.set(emptyTeam());
  unreadableText = undefined;
  storage?.remove(TEAM_KEY);
  if ($teamState.get() === "unreadable") $teamState.set("ready");
}
