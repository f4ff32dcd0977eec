import { emptyTeam, type Team } from "../lib/team/team";
import type { StorageArea } from "./storage";

/*
 * A manager's team, kept in this browser under its own key: never mixed with the manager's own
 * progress, which lives under cx-learning-map:progress. The stored text is checked as it is read
 * (lib/team/schema.ts, loaded with the team page's reader); a team that cannot be read is kept
 * aside under TEAM_BACKUP_KEY before anything is written over it.
 *
 * Why no nanostores atom and no safeStorage here: both live in the shared runtime file that every
 * page loads (astro.config.mjs), and importing them from this page's code makes that file export
 * them, which every page pays for. One page, one island: its state is the island's, and these
 * few guarded calls are all the storage it needs.
 */

/** The localStorage key of the team. */
export const TEAM_KEY = "cx-learning-map:team";
/** Where a stored team that could not be read is kept, rather than lost. */
export const TEAM_BACKUP_KEY = "cx-learning-map:team-backup";

/** How the stored team stands. */
export type TeamState =
  | "ready"
  /** Storage held a team this page cannot read: it is set aside at the next change. */
  | "unreadable"
  /** Storage cannot be used: the team lasts as long as the page. */
  | "not-kept";

/** The browser's storage, or undefined where it cannot be used (disabled, some private modes). */
function browserArea(): StorageArea | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** `action` on storage; false when storage refused (full, disabled). */
function attempt(action: (area: StorageArea) => void, area = browserArea()): boolean {
  if (!area) return false;
  try {
    action(area);
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored team, checked by the checker `loadCheck` gives (lib/team/schema.ts), and how it
 * stands. The checker loads only when there is a stored team to check.
 */
export async function readTeam(
  loadCheck: () => Promise<(text: string) => Team | undefined>,
  area = browserArea(),
): Promise<{ team: Team; state: TeamState }> {
  let text: string | null = null;
  if (!attempt((storage) => (text = storage.getItem(TEAM_KEY)), area)) {
    return { team: emptyTeam(), state: "not-kept" };
  }
  if (text === null) return { team: emptyTeam(), state: "ready" };
  const team = (await loadCheck())(text);
  return team ? { team, state: "ready" } : { team: emptyTeam(), state: "unreadable" };
}

/** Keep a stored team that could not be read under TEAM_BACKUP_KEY, before it is written over. */
function setAside(state: TeamState, area: StorageArea | undefined): void {
  if (state !== "unreadable") return;
  attempt((storage) => {
    const unreadable = storage.getItem(TEAM_KEY);
    if (unreadable !== null) storage.setItem(TEAM_BACKUP_KEY, unreadable);
  }, area);
}

/** Store `team`, first setting aside a stored team that could not be read; how it stands after. */
export function writeTeam(team: Team, state: TeamState, area = browserArea()): TeamState {
  setAside(state, area);
  return attempt((storage) => storage.setItem(TEAM_KEY, JSON.stringify(team)), area)
    ? "ready"
    : "not-kept";
}

/** Forget the team on this device; how it stands after. */
export function forgetStoredTeam(state: TeamState, area = browserArea()): TeamState {
  setAside(state, area);
  return attempt((storage) => storage.removeItem(TEAM_KEY), area) ? "ready" : "not-kept";
}
