import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeCommitment, recordCheckIn } from "../../../src/lib/record/commitments";
import { withActiveTime } from "../../../src/lib/record/active-time";
import { withLearnerName } from "../../../src/lib/record/learner";
import { readBack } from "../../../src/lib/record/readback";
import { emptyProgress, type Progress } from "../../../src/lib/record/record";
import { queueAfterReview } from "../../../src/lib/review/answer";
import { withActivity } from "../../../src/lib/record/activities";
import type { StorageArea } from "../../../src/stores/storage";
import { PROGRESS_KEY } from "../../../src/vocabulary/record";

/*
 * A model-based test of the promise that no tab overwrites another. Two or three tabs share a
 * simulated localStorage in which each tab reads its own copy: another tab's write reaches it
 * only when its storage event is delivered, as in a browser tab that is busy. Random
 * interleavings of every change the site makes, and of event deliveries, then run until every
 * event is delivered. The oracle does not trust the store's own bookkeeping: the storage
 * remembers which record each write was built on, and the final record must be what applying
 * the chain of writes' changes one after another gives, with every change in that chain once.
 */

const NOW = new Date("2026-11-24T10:00:00.000Z");

type TabModules = Awaited<ReturnType<typeof loadTab>>;

/** One tab's own copy of the store's modules, with a tab id the test can name. */
async function loadTab(name: string) {
  vi.resetModules();
  vi.doMock("../../../src/lib/record/sync", async (importOriginal) => ({
    ...(await importOriginal<typeof import("../../../src/lib/record/sync")>()),
    newTabId: () => name,
  }));
  const modules = {
    progress: await import("../../../src/stores/progress"),
    quiz: await import("../../../src/stores/quiz"),
    module: await import("../../../src/stores/module"),
    track: await import("../../../src/stores/track"),
    transfer: await import("../../../src/stores/transfer"),
    storage: await import("../../../src/stores/storage"),
  };
  vi.doUnmock("../../../src/lib/record/sync");
  return modules;
}

/** What each write was built on: the record the writing tab last read, and who wrote. */
interface Write {
  base: string | null;
  tab: string;
}

/** localStorage shared by tabs whose views lag until their storage events are delivered. */
class SharedStorage {
  value: string | null = null;
  writes = new Map<string, Write>();
  views = new Map<string, TabView>();
}

class TabView implements StorageArea {
  view: string | null = null;
  lastRead: string | null = null;
  undelivered: (string | null)[] = [];
  others = new Map<string, string>();
  events = new EventTarget();
  constructor(
    private shared: SharedStorage,
    readonly name: string,
  ) {
    shared.views.set(name, this);
  }
  getItem(key: string) {
    if (key !== PROGRESS_KEY) return this.others.get(key) ?? null;
    this.lastRead = this.view;
    return this.view;
  }
  setItem(key: string, value: string) {
    if (key !== PROGRESS_KEY) return void this.others.set(key, value);
    this.shared.writes.set(value, { base: this.lastRead, tab: this.name });
    this.shared.value = value;
    this.view = value;
    this.lastRead = value;
    // Writes queued for this tab came before its own: its view is the newest now.
    this.undelivered = [];
    for (const other of this.shared.views.values()) {
      if (other !== this) other.undelivered.push(value);
    }
  }
  removeItem(key: string) {
    this.others.delete(key);
  }
  /** The browser catches this tab up with the oldest write it has not seen, and tells it. */
  deliver(): boolean {
    if (this.undelivered.length === 0) return false;
    this.view = this.undelivered.shift()!;
    this.events.dispatchEvent(Object.assign(new Event("storage"), { key: PROGRESS_KEY }));
    return true;
  }
}

/** A change a learner can make, as the island that makes it calls the store. */
type Action = (tab: TabModules) => void;

const modules = ["intro", "empathy", "voice"] as const;
const moduleId = fc.constantFrom(...modules);

const answerAction = fc
  .record({ moduleId, right: fc.boolean(), question: fc.constantFrom("q1", "q2") })
  .map(
    ({ moduleId, right, question }): Action =>
      (tab) =>
        tab.quiz.answerQuestion({
          moduleId,
          moduleQuizIds: [moduleId],
          quizId: moduleId,
          questionIds: ["q1", "q2"],
          questionId: question,
          value: right ? "right" : "wrong",
          score: right ? 1 : 0,
          passMark: 0.5,
        }),
  );

const actions: fc.Arbitrary<Action> = fc.oneof(
  answerAction,
  fc.record({ moduleId, text: fc.constantFrom("Listen first.", "Call back.") }).map(
    ({ moduleId, text }): Action =>
      (tab) =>
        tab.quiz.saveReflection({
          moduleId,
          moduleQuizIds: [moduleId],
          quizId: moduleId,
          questionIds: [],
          unscoredQuestionIds: ["think"],
          questionId: "think",
          text,
          passMark: 0.5,
        }),
  ),
  moduleId.map(
    (id): Action =>
      (tab) =>
        tab.quiz.retryQuizKeeping(id, []),
  ),
  moduleId.map(
    (id): Action =>
      (tab) =>
        tab.module.recordVisit(id),
  ),
  moduleId.map(
    (id): Action =>
      (tab) =>
        tab.module.resetModule(id, [id]),
  ),
  fc.constantFrom("orientation", "leader", "self-paced" as const).map(
    (track): Action =>
      (tab) =>
        tab.track.chooseTrack(track),
  ),
  fc.record({ id: fc.constantFrom("huddle", "walk"), ran: fc.boolean() }).map(
    ({ id, ran }): Action =>
      (tab) =>
        tab.progress.updateProgress("tick team activity", (progress, now) =>
          withActivity(progress, id, ran, now),
        ),
  ),
  fc
    .record({ moduleId, text: fc.constantFrom("Ask one more question.", "Thank a colleague.") })
    .map(
      ({ moduleId, text }): Action =>
        (tab) =>
          tab.progress.updateProgress("make commitment", (progress, now) =>
            makeCommitment(progress, moduleId, text, now),
          ),
    ),
  fc.record({ moduleId, did: fc.constantFrom("yes", "partly", "not-yet" as const) }).map(
    ({ moduleId, did }): Action =>
      (tab) =>
        tab.progress.updateProgress("check in", (progress, now) =>
          recordCheckIn(progress, moduleId, { did }, now),
        ),
  ),
  fc.record({ key: fc.constantFrom("intro/q1", "voice/q2"), correct: fc.boolean() }).map(
    ({ key, correct }): Action =>
      (tab) =>
        tab.progress.updateProgress("review answer", (progress, now) => ({
          ...progress,
          review: queueAfterReview(progress.review ?? {}, key, { correct }, now),
        })),
  ),
  fc.constant<Action>((tab) => tab.progress.resetProgress()),
  // The store's own import, once the file has been read and the reader is loaded.
  fc
    .record({ mode: fc.constantFrom("merge", "replace" as const), done: moduleId })
    .map(({ mode, done }): Action => (tab) => {
      const imported: Progress = {
        ...emptyProgress(),
        modules: { [done]: { status: "completed" } },
      };
      expect(tab.transfer.applyCheckedImport(imported, mode, readBack)).toBeUndefined();
    }),
  fc.constantFrom("Ana", "Bo").map(
    (name): Action =>
      (tab) =>
        tab.progress.updateProgress("name for certificate", (progress) =>
          withLearnerName(progress, name),
        ),
  ),
  fc.record({ moduleId, seconds: fc.integer({ min: 1, max: 300 }) }).map(
    ({ moduleId, seconds }): Action =>
      (tab) =>
        tab.progress.updateProgress("active time", (progress) =>
          withActiveTime(progress, moduleId, seconds),
        ),
  ),
);

/** A step of a run: a tab makes a change, or a tab is told of another's write. */
type Step = { kind: "act"; tab: number; action: Action } | { kind: "deliver"; tab: number };

const steps = (tabCount: number) =>
  fc.array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant("act" as const),
          tab: fc.nat(tabCount - 1),
          action: actions,
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ kind: fc.constant("deliver" as const), tab: fc.nat(tabCount - 1) }),
      },
    ),
    { maxLength: 40 },
  );

/** The parts of a record the learner sees: not when it was saved, nor which tabs wrote it. */
function seen(progress: Progress): Progress {
  const { savedAt: _savedAt, writers: _writers, ...rest } = progress;
  return rest as Progress;
}

/** Runs per property; CX_MODEL_RUNS=30000 for a longer search before a release. */
const runs = Number(process.env["CX_MODEL_RUNS"] ?? 1500);

const names = ["A", "B", "C"];
let tabs: TabModules[] = [];
let replay: TabModules;

beforeAll(async () => {
  for (const name of names) tabs.push(await loadTab(name));
  replay = await loadTab("replay");
});

/** Connect `tab` to a view of `shared`; returns how to disconnect. */
function connect(tab: TabModules, view: TabView | StorageArea, events: EventTarget) {
  return tab.progress.connectProgressStorage({
    storage: tab.storage.safeStorage(() => view),
    events,
    now: () => NOW,
  });
}

/** Run `plan` on `tabCount` tabs, deliver every event, and check the final record. */
function check(tabCount: number, plan: Step[]) {
  const shared = new SharedStorage();
  const views = names.slice(0, tabCount).map((name) => new TabView(shared, name));
  const disconnects = views.map((view, index) => connect(tabs[index]!, view, view.events));
  /** Each tab's actions in the order it made them: its change n is actions[n - 1]. */
  const made = views.map(() => [] as Action[]);
  try {
    for (const step of plan) {
      if (step.kind === "deliver") views[step.tab]!.deliver();
      else {
        made[step.tab]!.push(step.action);
        step.action(tabs[step.tab]!);
      }
    }
    // Every storage event arrives in the end; each may lead to more writes and events.
    for (let rounds = 0; views.some((view) => view.deliver()); rounds++) {
      if (rounds > 10_000) throw new Error("the tabs never settled");
    }

    // The chain of writes that the final record was built from, oldest first.
    const chain: { tab: string; from: number; to: number }[] = [];
    for (let text = shared.value; text !== null;) {
      const write = shared.writes.get(text)!;
      const record = JSON.parse(text) as Progress;
      const base: Progress = write.base === null ? emptyProgress() : JSON.parse(write.base);
      const seq = (progress: Progress) => progress.writers?.[write.tab]?.seq ?? 0;
      chain.unshift({ tab: write.tab, from: seq(base), to: seq(record) });
      text = write.base;
    }
    const applied = views.map(() => [] as number[]);
    const order: Action[] = [];
    for (const link of chain) {
      const index = names.indexOf(link.tab);
      for (let n = link.from + 1; n <= link.to; n++) {
        applied[index]!.push(n);
        order.push(made[index]![n - 1]!);
      }
    }
    // Every change each tab made is in the chain, exactly once.
    made.forEach((actions, index) => expect(applied[index]).toEqual(actions.map((_, n) => n + 1)));
    // And the final record is those changes applied one after another.
    const alone = new TabView(new SharedStorage(), "replay");
    const disconnectReplay = connect(replay, alone, new EventTarget());
    for (const action of order) action(replay);
    disconnectReplay();
    const final = shared.value === null ? emptyProgress() : (JSON.parse(shared.value) as Progress);
    expect(seen(final)).toEqual(
      seen(alone.view === null ? emptyProgress() : JSON.parse(alone.view)),
    );
    // Every tab ends up showing that record, saved.
    for (const tab of tabs.slice(0, tabCount)) {
      expect(seen(tab.progress.$progress.get())).toEqual(seen(final));
      expect(tab.progress.$saveState.get().kind).toBe("saved");
    }
  } finally {
    for (const disconnect of disconnects) disconnect();
  }
}

describe("tabs that read stale copies of storage", () => {
  it("never lose a change any tab saved, in any interleaving (two tabs)", () => {
    fc.assert(
      fc.property(steps(2), (plan) => check(2, plan)),
      { numRuns: runs, seed: 20261129 },
    );
  });

  it("never lose a change any tab saved, in any interleaving (three tabs)", () => {
    fc.assert(
      fc.property(steps(3), (plan) => check(3, plan)),
      { numRuns: runs, seed: 1129 },
    );
  });

  it("keep both changes in the busy-tab race", () => {
    const track: Action = (tab) => tab.track.chooseTrack("leader");
    const answer: Action = (tab) =>
      tab.quiz.answerQuestion({
        moduleId: "intro",
        moduleQuizIds: ["intro"],
        quizId: "intro",
        questionIds: ["q1"],
        questionId: "q1",
        value: "right",
        score: 1,
        passMark: 0.5,
      });
    // Tab A answers; tab B, busy, has not yet seen it when the learner picks a track there.
    check(2, [
      { kind: "act", tab: 0, action: answer },
      { kind: "act", tab: 1, action: track },
    ]);
  });
});
