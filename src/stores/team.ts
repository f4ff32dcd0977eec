import { emptyTeam, type Team } from "../lib/team/team";
import { TEAM_BACKUP_KEY, TEAM_KEY, TEAM_LOCK } from "../vocabulary/team";
import type { StorageArea } from "./storage";

/*
 * A manager's team, kept in this browser under its own key: never mixed with the manager's own
 * progress, which lives under its own key (src/vocabulary/team.ts). The stored text is checked as it is read
 * (lib/team/schema.ts, loaded with the team page's reader); a team that cannot be read is kept
 * aside under TEAM_BACKUP_KEY before anything is written over it.
 *
 * Why no nanostores atom and no safeStorage here: both live in the shared runtime file that every
 * page loads (astro.config.mjs), and importing them from this page's code makes that file export
 * them, which every page pays for. One page, one island: its state is the island's, and these
 * few guarded calls are all the storage it needs.
 */

/** Where the team, and a team that could not be read, are kept (src/vocabulary/team.ts). */
export { TEAM_BACKUP_KEY, TEAM_KEY, TEAM_LOCK };

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

/**
 * Whether this browser holds a team, without loading the team's checker: true, false, or
 * undefined when storage cannot be used. A page with no team loads no team code.
 */
export function hasStoredTeam(area = browserArea()): boolean | undefined {
  let held: boolean | undefined;
  return attempt((storage) => (held = storage.getItem(TEAM_KEY) !== null), area) ? held : undefined;
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

/** Web Locks as the team needs them: one tab at a time reads, changes and writes the team. */
export interface TeamLocks {
  request: (name: string, callback: () => unknown) => Promise<unknown>;
}

/** How long a change is watched for, to be made again if a tab with a stale copy wrote over it. */
const WATCH_MS = 60_000;

/**
 * A tab's view of the team, with the learner record's protection against lost updates. Two tabs
 * adding at once each read the newest stored team under a Web Lock, apply their change to it
 * and write it, so neither writes over the other. A tab's copy of storage can lag (another
 * tab's write reaches it with its storage event), and a browser may have no Web Locks: so each
 * change is also remembered for a while, and when a storage event shows a team without it,
 * it is made again on top. Changes here only add or update people, so making one again over a
 * team that already has it changes nothing, and the tabs settle on a team with everyone.
 */
export class TeamSync {
  team: Team = emptyTeam();
  state: TeamState = "ready";
  private changes: { apply: (team: Team) => Team; at: number }[] = [];

  constructor(
    private readonly check: (text: string) => Team | undefined,
    private readonly area: StorageArea | undefined = browserArea(),
    private readonly locks: TeamLocks | undefined = typeof navigator === "undefined"
      ? undefined
      : navigator.locks,
    private readonly now: () => number = Date.now,
  ) {
    this.read();
  }

  /** The stored team as it stands now, made the tab's view. */
  private read(): void {
    let text: string | null = null;
    if (!attempt((storage) => (text = storage.getItem(TEAM_KEY)), this.area)) {
      this.state = "not-kept";
      return;
    }
    if (text === null) {
      this.team = emptyTeam();
      this.state = this.state === "not-kept" ? "not-kept" : "ready";
      return;
    }
    const team = this.check(text);
    this.team = team ?? emptyTeam();
    this.state = team ? "ready" : "unreadable";
  }

  private write(team: Team): void {
    this.state = writeTeam(team, this.state, this.area);
    this.team = team;
  }

  /** `run` while this tab holds the team's lock, or at once where there are no Web Locks. */
  private async turn<T>(run: () => T): Promise<T> {
    if (!this.locks) return run();
    let result: T | undefined;
    await this.locks.request(TEAM_LOCK, () => {
      result = run();
    });
    return result as T;
  }

  /**
   * Apply `change` to the newest stored team and keep the result; what the change reports (the
   * outcome of each line) comes back. `change` must only add or update, as adding people does.
   */
  async change<R>(change: (team: Team) => { team: Team; report: R }): Promise<R> {
    return this.turn(() => {
      this.read();
      const result = change(this.team);
      if (result.team !== this.team) {
        this.write(result.team);
        const at = this.now();
        this.changes = this.changes.filter((each) => at - each.at < WATCH_MS);
        this.changes.push({ apply: (team) => change(team).team, at });
      }
      return result.report;
    });
  }

  /**
   * Another tab wrote the team: read it, and make this tab's recent changes again if the write
   * lost them. A team forgotten in another tab stays forgotten.
   */
  async stored(): Promise<void> {
    await this.turn(() => {
      this.read();
      if (this.state !== "ready") return;
      let stored: string | null = null;
      attempt((storage) => (stored = storage.getItem(TEAM_KEY)), this.area);
      if (stored === null) {
        this.changes = [];
        return;
      }
      const at = this.now();
      this.changes = this.changes.filter((each) => at - each.at < WATCH_MS);
      const again = this.changes.reduce((team, each) => each.apply(team), this.team);
      if (JSON.stringify(again) !== JSON.stringify(this.team)) this.write(again);
    });
  }

  /** Forget the team in this browser. */
  forget(): void {
    this.changes = [];
    this.state = forgetStoredTeam(this.state, this.area);
    this.team = emptyTeam();
  }
}
