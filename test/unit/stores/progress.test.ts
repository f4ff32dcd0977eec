import { cleanStores } from "nanostores";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROGRESS_VERSION, emptyProgress, type Progress } from "../../../src/lib/record/record";
import {
  $progress,
  $progressNotices,
  $saveState,
  BACKUP_KEY,
  PROGRESS_KEY,
  connectProgressStorage,
  dismissNotice,
  progressSettled,
  resetProgress,
  type ProgressEnvironment,
} from "../../../src/stores/progress";
import { recordVisit, resetModule } from "../../../src/stores/module";
import { answerQuestion } from "../../../src/stores/quiz";
import { applyImport } from "../../../src/stores/transfer";
import { safeStorage, type StorageArea } from "../../../src/stores/storage";

/** localStorage as a Map, which can be made to refuse access or writes. */
class FakeStorage implements StorageArea {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const now = new Date("2026-11-24T10:00:00.000Z");
let local: FakeStorage;
let session: FakeStorage;
let events: EventTarget;
let disconnect: () => void;
let persistCalls: number;

/** Connect the store; the promise resolves once any full read it started is done. */
function connect(overrides: Partial<ProgressEnvironment> = {}): Promise<void> {
  disconnect = connectProgressStorage({
    storage: safeStorage(() => local),
    session: safeStorage(() => session),
    events,
    now: () => now,
    storageManager: {
      persisted: async () => false,
      persist: async () => {
        persistCalls++;
        return true;
      },
    },
    ...overrides,
  });
  return progressSettled();
}

/** What another tab does: write storage, then the browser tells this tab. */
function otherTabWrites(progress: Progress, { announce = true } = {}) {
  local.items.set(PROGRESS_KEY, JSON.stringify(progress));
  if (announce) events.dispatchEvent(Object.assign(new Event("storage"), { key: PROGRESS_KEY }));
}

const stored = (): Progress => JSON.parse(local.items.get(PROGRESS_KEY)!);

/** Answer the one question of quiz `quizId`, completing module `moduleId` when right. */
function answer(moduleId: string, right = true) {
  answerQuestion({
    moduleId,
    moduleQuizIds: [moduleId],
    quizId: moduleId,
    questionIds: ["only"],
    questionId: "only",
    value: right ? "right" : "wrong",
    score: right ? 1 : 0,
    passMark: 0.8,
  });
}

const completed = (...ids: string[]): Progress => ({
  ...emptyProgress(),
  modules: Object.fromEntries(ids.map((id) => [id, { status: "completed" as const }])),
});

beforeEach(() => {
  local = new FakeStorage();
  session = new FakeStorage();
  events = new EventTarget();
  persistCalls = 0;
});
afterEach(() => {
  disconnect();
  cleanStores($progress, $saveState, $progressNotices);
});

describe("saving", () => {
  it("saves each answer with the time and reports when it was saved", () => {
    connect();
    expect($saveState.get()).toEqual({ kind: "saved", at: undefined });
    answer("intro");
    expect(stored().modules["intro"]?.status).toBe("completed");
    expect(stored().savedAt).toBe(now.toISOString());
    expect($saveState.get()).toMatchObject({ kind: "saved", at: now.toISOString() });
  });

  it("shows the last saved time of a record already in storage", () => {
    local.items.set(
      PROGRESS_KEY,
      JSON.stringify({ ...completed("intro"), savedAt: "2026-11-01T08:00:00.000Z" }),
    );
    connect();
    expect($progress.get().modules["intro"]?.status).toBe("completed");
    expect($saveState.get()).toEqual({ kind: "saved", at: "2026-11-01T08:00:00.000Z" });
    expect($progressNotices.get()).toEqual([]);
  });

  it("asks the browser to keep the data after the first save, once", async () => {
    connect();
    answer("intro");
    answer("next");
    await vi.waitFor(() => expect($saveState.get()).toMatchObject({ kind: "saved", kept: true }));
    answer("third");
    expect($saveState.get()).toMatchObject({ kind: "saved", kept: true });
    expect(persistCalls).toBe(1);
  });

  it("writes a migrated v1 record back as the current version on the next change", async () => {
    local.items.set(PROGRESS_KEY, JSON.stringify({ ...completed("intro"), version: 1 }));
    await connect();
    recordVisit("next");
    expect(stored()).toMatchObject({
      version: PROGRESS_VERSION,
      modules: { intro: { status: "completed" }, next: { status: "in-progress" } },
    });
  });
});

describe("corrupt storage", async () => {
  it("keeps the valid entries, sets the original aside and tells the learner", async () => {
    const original = JSON.stringify({
      ...completed("intro", "empathy"),
      modules: { intro: { status: "completed" }, broken: { status: 42 } },
    });
    local.items.set(PROGRESS_KEY, original);
    await connect();
    expect(Object.keys($progress.get().modules)).toEqual(["intro"]);
    const backup = JSON.parse(local.items.get(BACKUP_KEY)!);
    expect(backup).toEqual([{ setAsideAt: now.toISOString(), reason: "repaired", text: original }]);
    expect(stored().modules).toEqual({ intro: { status: "completed" } });
    expect($progressNotices.get()).toEqual([{ id: "set-aside", copy: backup[0] }]);
  });

  it("sets aside text that is not JSON at all, rather than deleting it", async () => {
    local.items.set(PROGRESS_KEY, "{half a record");
    await connect();
    expect($progress.get()).toMatchObject({ modules: {}, quizzes: {} });
    expect(JSON.parse(local.items.get(BACKUP_KEY)!)[0]).toMatchObject({
      reason: "unreadable",
      text: "{half a record",
    });
  });

  it("keeps the notice on later pages until the learner dismisses it", async () => {
    local.items.set(PROGRESS_KEY, "{half a record");
    await connect();
    disconnect();
    await connect();
    expect($progressNotices.get().map((notice) => notice.id)).toEqual(["set-aside"]);
    dismissNotice("set-aside");
    await progressSettled();
    expect($progressNotices.get()).toEqual([]);
    disconnect();
    await connect();
    expect($progressNotices.get()).toEqual([]);
    expect(JSON.parse(local.items.get(BACKUP_KEY)!)[0]).toMatchObject({ seen: true });
  });

  it("keeps earlier set-aside copies when another problem comes along", async () => {
    local.items.set(PROGRESS_KEY, "first bad write");
    await connect();
    disconnect();
    local.items.set(PROGRESS_KEY, "second bad write");
    await connect();
    const texts = JSON.parse(local.items.get(BACKUP_KEY)!).map(
      (copy: { text: string }) => copy.text,
    );
    expect(texts).toEqual(["second bad write", "first bad write"]);
  });

  it("saves a change made while the full reader loads on top of what it kept", async () => {
    local.items.set(PROGRESS_KEY, JSON.stringify({ ...completed("intro"), version: 1 }));
    const reading = connect();
    recordVisit("next");
    expect(local.items.get(PROGRESS_KEY)).toContain('"version":1');
    await reading;
    expect(stored()).toMatchObject({
      version: PROGRESS_VERSION,
      modules: { intro: { status: "completed" }, next: { status: "in-progress" } },
    });
  });

  it("keeps such a change when another tab saves a current record before the reader is in", async () => {
    local.items.set(PROGRESS_KEY, JSON.stringify({ ...completed("intro"), version: 1 }));
    const reading = connect();
    recordVisit("next");
    otherTabWrites(completed("intro", "empathy"));
    await reading;
    expect(stored().modules).toEqual({
      intro: { status: "completed" },
      empathy: { status: "completed" },
      next: expect.objectContaining({ status: "in-progress" }),
    });
  });

  it("leaves the original in place when there is no room to set it aside", async () => {
    local.items.set(PROGRESS_KEY, '{"version":2,"modules":{"a":{"status":"completed"},"b":7}}');
    local.full = true;
    await connect();
    answer("intro");
    expect(local.items.get(PROGRESS_KEY)).toBe(
      '{"version":2,"modules":{"a":{"status":"completed"},"b":7}}',
    );
    expect($progress.get().modules["intro"]?.status).toBe("completed");
    expect(
      $progressNotices
        .get()
        .map((notice) => notice.id)
        .sort(),
    ).toEqual(["not-kept", "set-aside"]);
  });
});

describe("a record from a newer version", async () => {
  it("is shown, never written, and explained", async () => {
    const newer = JSON.stringify({ ...completed("intro"), version: PROGRESS_VERSION + 1 });
    local.items.set(PROGRESS_KEY, newer);
    await connect();
    expect($progress.get().modules["intro"]?.status).toBe("completed");
    answer("next");
    expect($progress.get().modules["next"]?.status).toBe("completed");
    expect(local.items.get(PROGRESS_KEY)).toBe(newer);
    expect(local.items.has(BACKUP_KEY)).toBe(false);
    expect($saveState.get()).toEqual({ kind: "not-saved", reason: "newer-version" });
    expect($progressNotices.get()).toEqual([
      { id: "newer-version", version: PROGRESS_VERSION + 1 },
    ]);
  });
});

describe("storage that cannot be used", () => {
  it("keeps working in memory when access throws a SecurityError, and says so once", () => {
    connect({
      storage: safeStorage(() => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      }),
    });
    answer("intro");
    answer("next");
    expect($progress.get().modules["next"]?.status).toBe("completed");
    expect($saveState.get()).toEqual({ kind: "not-saved", reason: "unavailable" });
    expect($progressNotices.get()).toEqual([{ id: "not-kept", reason: "unavailable" }]);
  });

  it("does not repeat the notice on the next page of the same session", () => {
    const refuse = () => safeStorage(() => undefined);
    connect({ storage: refuse() });
    disconnect();
    connect({ storage: refuse() });
    expect($progressNotices.get()).toEqual([]);
    expect($saveState.get()).toEqual({ kind: "not-saved", reason: "unavailable" });
  });

  it("keeps the once-a-session notice for the next page when storage fills as a page is left", () => {
    let hidden = true;
    connect({ isHidden: () => hidden });
    local.full = true;
    answer("intro");
    disconnect();
    hidden = false;
    connect();
    answer("next");
    expect($progressNotices.get()).toEqual([{ id: "not-kept", reason: "full" }]);
  });

  it("keeps the notice for the next page when storage fills as the tab moves to another page", () => {
    // Moving to another page in the same tab: pagehide comes while the page is still "visible".
    connect({ isHidden: () => false });
    local.full = true;
    events.dispatchEvent(new Event("pagehide"));
    answer("intro");
    disconnect();
    connect();
    answer("next");
    expect($progressNotices.get()).toEqual([{ id: "not-kept", reason: "full" }]);
  });

  it("keeps working when storage is full, without losing what was saved before", () => {
    otherTabWrites(completed("intro"), { announce: false });
    connect();
    local.full = true;
    answer("next");
    answer("third");
    expect(stored().modules).toEqual({ intro: { status: "completed" } });
    expect(Object.keys($progress.get().modules)).toEqual(["intro", "next", "third"]);
    expect($saveState.get()).toEqual({ kind: "not-saved", reason: "full" });
    expect($progressNotices.get()).toEqual([{ id: "not-kept", reason: "full" }]);
  });

  it("saves again once there is room", () => {
    connect();
    local.full = true;
    answer("intro");
    local.full = false;
    answer("next");
    expect(Object.keys(stored().modules)).toEqual(["intro", "next"]);
    expect($saveState.get()).toMatchObject({ kind: "saved" });
  });
});

describe("two tabs", () => {
  it("shows a module completed in another tab", () => {
    connect();
    otherTabWrites(completed("intro"));
    expect($progress.get().modules["intro"]?.status).toBe("completed");
  });

  it("builds on another tab's change even before its storage event arrives", () => {
    connect();
    answer("intro");
    otherTabWrites(
      { ...stored(), modules: { ...stored().modules, other: { status: "completed" } } },
      {
        announce: false,
      },
    );
    answer("next");
    expect(Object.keys(stored().modules).sort()).toEqual(["intro", "next", "other"]);
    expect(Object.keys($progress.get().modules).sort()).toEqual(["intro", "next", "other"]);
  });

  it("follows a reset made in another tab", () => {
    local.items.set(PROGRESS_KEY, JSON.stringify(completed("intro")));
    connect();
    otherTabWrites(emptyProgress());
    expect($progress.get().modules).toEqual({});
  });
});

describe("taking turns with Web Locks", () => {
  /** A lock manager that grants the lock only when the test says so. */
  function heldLocks() {
    const waiting: (() => unknown)[] = [];
    return {
      locks: {
        request: (_name: string, callback: () => unknown) => {
          waiting.push(callback);
          return Promise.resolve();
        },
      },
      grant: () => waiting.splice(0).forEach((callback) => callback()),
    };
  }

  it("shows a change at once and writes it when the lock is granted, on the newest record", () => {
    const { locks, grant } = heldLocks();
    connect({ locks });
    answer("intro");
    expect($progress.get().modules["intro"]?.status).toBe("completed");
    expect(local.items.has(PROGRESS_KEY)).toBe(false);
    otherTabWrites(completed("other"), { announce: false });
    grant();
    expect(Object.keys(stored().modules).sort()).toEqual(["intro", "other"]);
  });

  it("writes at once, and what waited for the lock, when the page is being left", () => {
    const { locks } = heldLocks();
    connect({ locks });
    answer("intro");
    events.dispatchEvent(new Event("pagehide"));
    expect(stored().modules["intro"]?.status).toBe("completed");
    recordVisit("next");
    expect(stored().modules["next"]?.status).toBe("in-progress");
  });

  it("writes at once, without waiting for the lock, when the page is being hidden", () => {
    const { locks } = heldLocks();
    connect({ locks, isHidden: () => true });
    answer("intro");
    expect(stored().modules["intro"]?.status).toBe("completed");
  });
});

describe("a change another tab wrote over", () => {
  it("is applied again when the storage event shows the record without it", () => {
    connect();
    answer("intro");
    // A busy tab that had not seen the answer saves its own change on the older record.
    otherTabWrites({ ...emptyProgress(), track: "leader" });
    expect(stored().modules["intro"]?.status).toBe("completed");
    expect(stored().track).toBe("leader");
  });
});

describe("reset and import", () => {
  it("resets one module and keeps the others", () => {
    connect();
    answer("intro");
    answer("next");
    resetModule("intro", ["intro"]);
    expect(Object.keys(stored().modules)).toEqual(["next"]);
    expect(Object.keys(stored().quizzes)).toEqual(["next"]);
  });

  it("resets everything", () => {
    connect();
    answer("intro");
    resetProgress();
    expect(stored()).toMatchObject({ modules: {}, quizzes: {}, reflections: {} });
  });

  it("merges an import, keeping the better result, or replaces on request", async () => {
    connect();
    answer("intro");
    await applyImport(
      {
        ...completed("empathy"),
        modules: { intro: { status: "in-progress" }, empathy: { status: "completed" } },
      },
      "merge",
    );
    expect(stored().modules["intro"]?.status).toBe("completed");
    expect(stored().modules["empathy"]?.status).toBe("completed");
    await applyImport(completed("only-this"), "replace");
    expect(Object.keys(stored().modules)).toEqual(["only-this"]);
  });

  it("writes nothing an import brings that would not read back, and says where", async () => {
    connect();
    answer("intro");
    const before = local.items.get(PROGRESS_KEY);
    const infinite = { ...completed("empathy"), activeSeconds: { empathy: Infinity } };
    expect(await applyImport(infinite, "merge")).toBe("activeSeconds › empathy");
    expect(stored().modules).toEqual(JSON.parse(before!).modules);
    expect(stored().activeSeconds).toBeUndefined();
  });
});
