import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TeamSummary } from "../../../src/lib/share/format";
import { readStoredTeam } from "../../../src/lib/team/schema";
import { addCode, addSummary, type Team } from "../../../src/lib/team/team";
import type { StorageArea } from "../../../src/stores/storage";
import { TEAM_KEY, TeamSync, type TeamLocks } from "../../../src/stores/team";

/*
 * A model test of the team page's promise that two tabs adding at once keep both people, like
 * the learner record's (progress-tabs.test.ts). Tabs share a simulated localStorage in which
 * each tab reads its own copy: another tab's write reaches it only when its storage event is
 * delivered, as in a busy browser tab. Random interleavings of adds and deliveries run until
 * every event is delivered; the stored team must then hold everyone any tab added.
 */

const NOW = new Date("2026-11-24T10:00:00.000Z");

class Shared {
  value: string | null = null;
  tabs: Tab[] = [];
}

class Tab implements StorageArea {
  view: string | null = null;
  undelivered: (string | null)[] = [];
  sync!: TeamSync;
  constructor(private shared: Shared) {
    shared.tabs.push(this);
    this.view = shared.value;
  }
  getItem(key: string) {
    return key === TEAM_KEY ? this.view : null;
  }
  setItem(key: string, value: string) {
    if (key !== TEAM_KEY) return;
    this.shared.value = value;
    this.view = value;
    for (const tab of this.shared.tabs) if (tab !== this) tab.undelivered.push(value);
  }
  removeItem(key: string) {
    if (key !== TEAM_KEY) return;
    this.shared.value = null;
    this.view = null;
    for (const tab of this.shared.tabs) if (tab !== this) tab.undelivered.push(null);
  }
  /** The oldest storage event reaches this tab. */
  async deliver() {
    if (this.undelivered.length === 0) return;
    this.view = this.undelivered.shift()!;
    await this.sync.stored();
  }
}

const summaryOf = (name: string): TeamSummary => ({
  version: 1,
  name,
  madeAt: "2026-11-23T09:00:00.000Z",
  modules: [{ id: "one", status: "done", day: "2026-11-23", score: 80 }],
  certificates: [],
  review: { learned: 0, waiting: 0, due: 0 },
  commitments: { made: 0, checkIns: 0 },
});

/** How the page adds one person: a summary, or a named completion code. */
const adding =
  (name: string, asCode: boolean) =>
  (team: Team): { team: Team; report: string } => {
    const result = asCode
      ? addCode(team, "CX-LDR-20261123-PD38-J", name, NOW)
      : addSummary(team, summaryOf(name), NOW);
    return { team: result.team, report: result.outcome };
  };

const names = (value: string | null) =>
  (value === null ? [] : readStoredTeam(value)!.members.map((member) => member.name)).sort();

type Step = { kind: "add"; tab: number; asCode: boolean } | { kind: "deliver"; tab: number };

async function run(tabCount: number, steps: Step[], locks?: TeamLocks) {
  const shared = new Shared();
  const tabs = Array.from({ length: tabCount }, () => new Tab(shared));
  for (const tab of tabs) tab.sync = new TeamSync(readStoredTeam, tab, locks, () => NOW.getTime());
  const added: string[] = [];
  for (const step of steps) {
    const tab = tabs[step.tab % tabCount]!;
    if (step.kind === "add") {
      const name = `Person ${added.length + 1}`;
      added.push(name);
      await tab.sync.change(adding(name, step.asCode));
    } else {
      await tab.deliver();
    }
  }
  // Every event delivered, in every tab, until no tab writes again.
  for (let round = 0; tabs.some((tab) => tab.undelivered.length > 0); round++) {
    expect(round).toBeLessThan(1000);
    for (const tab of tabs) await tab.deliver();
  }
  return { stored: names(shared.value), added: added.sort(), tabs };
}

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("add" as const), tab: fc.nat(2), asCode: fc.boolean() }),
    fc.record({ kind: fc.constant("deliver" as const), tab: fc.nat(2) }),
  ),
  { maxLength: 30 },
);

describe("two or three team tabs adding at once", () => {
  it("keep everyone any tab added, whatever the order writes and events arrive in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }), steps, async (tabCount, plan) => {
        const { stored, added, tabs } = await run(tabCount, plan);
        expect(stored).toEqual(added);
        // And every tab ends up showing the same team.
        for (const tab of tabs)
          expect(tab.sync.team.members.map((m) => m.name).sort()).toEqual(added);
      }),
      { numRuns: 200 },
    );
  });

  it("lose nobody in the case that used to lose a person: both tabs add before either hears", async () => {
    const { stored } = await run(2, [
      { kind: "add", tab: 0, asCode: false },
      { kind: "add", tab: 1, asCode: false },
    ]);
    expect(stored).toEqual(["Person 1", "Person 2"]);
  });

  it("take turns through a Web Lock where the browser has one", async () => {
    let queue = Promise.resolve();
    let held = 0;
    const locks: TeamLocks = {
      request: (_name, callback) => {
        const next = queue.then(() => {
          held += 1;
          expect(held).toBe(1);
          callback();
          held -= 1;
        });
        queue = next;
        return next;
      },
    };
    const { stored, added } = await run(
      2,
      [
        { kind: "add", tab: 0, asCode: true },
        { kind: "add", tab: 1, asCode: false },
        { kind: "deliver", tab: 1 },
        { kind: "add", tab: 1, asCode: true },
      ],
      locks,
    );
    expect(stored).toEqual(added);
  });

  it("leave a team forgotten in another tab forgotten", async () => {
    const shared = new Shared();
    const [one, two] = [new Tab(shared), new Tab(shared)];
    one.sync = new TeamSync(readStoredTeam, one, undefined, () => NOW.getTime());
    two.sync = new TeamSync(readStoredTeam, two, undefined, () => NOW.getTime());
    await one.sync.change(adding("Ana", false));
    await two.deliver();
    two.sync.forget();
    await one.deliver();
    expect(shared.value).toBeNull();
    expect(one.sync.team.members).toEqual([]);
  });
});
