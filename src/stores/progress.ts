import { atom, computed } from "nanostores";
import { emptyProgress, type Progress } from "../lib/progress";
import type { SetAside } from "../lib/progress-backup";
import { quickRead } from "../lib/progress-quick-check";
import type { ProgressReading } from "../lib/progress-read";
import {
  askToKeepData,
  safeStorage,
  type SafeStorage,
  type StorageFault,
  type StorageManagerLike,
} from "./storage";

/*
 * The learner's record and the only code that reads or writes it in storage.
 *
 * Why not @nanostores/persistent alone: its set() throws when storage is full (and then the
 * page's state is not updated either), and it cannot tell a repaired or newer record from a
 * valid one. This thin store keeps its model (an atom, a storage event listener) and adds:
 * - every change is read-modify-write against what storage holds now, so a change made in
 *   another tab moments ago is built on, never overwritten;
 * - a record that cannot be read in full is set aside under BACKUP_KEY, and the rest kept;
 * - a record in the current shape passes a quick check; only one that does not (older,
 *   damaged, foreign) loads the full reader, and changes made meanwhile wait for it;
 * - when storage cannot be used the site keeps working in memory and says so once.
 */

/** The localStorage key of the learner's record. */
export const PROGRESS_KEY = "cx-learning-map:progress";
/** The localStorage key of set-aside copies of records that could not be read in full. */
export const BACKUP_KEY = "cx-learning-map:progress-backup";
/** The sessionStorage key that remembers the "not kept" notice was shown this session. */
const SAID_NOT_KEPT_KEY = "cx-learning-map:said-not-kept";

/** How saving stands on this device. */
export type SaveState =
  /** Not known yet: the server render, or before the store reads storage. */
  | { kind: "waiting" }
  /** Saved; `at` is when last (undefined: nothing saved yet); `kept` if the browser agreed to keep it. */
  | { kind: "saved"; at: string | undefined; kept?: boolean }
  /** Changes stay in memory only, and why. */
  | { kind: "not-saved"; reason: StorageFault | "newer-version" };

/** Something the learner should know about their stored progress. */
export type ProgressNotice =
  | { id: "set-aside"; copy: SetAside }
  | { id: "newer-version"; version: number }
  | { id: "not-kept"; reason: StorageFault };

/** Where the store finds storage, other tabs' changes and the clock. */
export interface ProgressEnvironment {
  storage: SafeStorage;
  /** Per-tab storage, to say "not kept" once a session rather than once a page. */
  session?: SafeStorage;
  /** Receives `storage` events from other tabs and `pageshow` on return from the back cache. */
  events?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  storageManager?: StorageManagerLike;
  now?: () => Date;
}

/** The learner's whole record. Setting it saves it (see commit). */
export const $progress = atom<Progress>(emptyProgress());
/** Whether and when progress was last saved on this device. */
export const $saveState = atom<SaveState>({ kind: "waiting" });
/** Notices about stored progress, for the notice area. */
export const $progressNotices = atom<ProgressNotice[]>([]);

/** Ids of the modules the learner has completed. */
export const $completedModules = computed($progress, (progress) =>
  Object.entries(progress.modules)
    .filter(([, module]) => module.status === "completed")
    .map(([id]) => id),
);

const showProgress = $progress.set;

/** The full reader and the set-aside helpers, loaded only when a record needs them. */
const loadRecovery = () => import("../lib/progress-recovery");
type Recovery = Awaited<ReturnType<typeof loadRecovery>>;
type Change = (progress: Progress) => Progress;

/** Work under way with the full reader; see progressSettled. */
const pendingWork = new Set<Promise<unknown>>();
/** Counts reads of storage and disconnections: a full read that either overtook is dropped. */
let readCount = 0;
/** The stored record is with the full reader: changes wait in waitingChanges, unsaved. */
let fullReadPending = false;
let waitingChanges: Change[] = [];

let environment: ProgressEnvironment | undefined;
/** The stored text this tab last read or wrote: anything else was written by another tab. */
let lastSeenText: string | null | undefined;
/** A newer version wrote the record, or it could not be set aside: never write it. */
let writesBlocked = false;
let askedToKeep = false;
/** Whether the browser agreed to keep this site's data; undefined until it says. */
let keptByBrowser: boolean | undefined;

function showSaved(at: string | undefined): void {
  $saveState.set({
    kind: "saved",
    at,
    ...(keptByBrowser === undefined ? {} : { kept: keptByBrowser }),
  });
}

const isFault = (read: string | null | { fault: StorageFault }): read is { fault: StorageFault } =>
  typeof read === "object" && read !== null;

const nowIso = () => (environment?.now?.() ?? new Date()).toISOString();

function addNotice(notice: ProgressNotice): void {
  const others = $progressNotices.get().filter((shown) => shown.id !== notice.id);
  $progressNotices.set([...others, notice]);
}

/** Tell the learner, once a session, that progress stays in memory only. */
function sayNotKept(reason: StorageFault): void {
  $saveState.set({ kind: "not-saved", reason });
  if ($progressNotices.get().some((notice) => notice.id === "not-kept")) return;
  const session = environment?.session;
  if (session && session.read(SAID_NOT_KEPT_KEY) === "yes") return;
  session?.write(SAID_NOT_KEPT_KEY, "yes");
  addNotice({ id: "not-kept", reason });
}

/** Keep track of work with the full reader, so that tests can wait for it. */
function track(work: Promise<unknown>): void {
  pendingWork.add(work);
  void work.finally(() => pendingWork.delete(work));
}

/** Show the newest set-aside copy the learner has not dismissed, if any. */
function refreshSetAsideNotice(): void {
  const text = environment?.storage.read(BACKUP_KEY);
  if (typeof text !== "string") return;
  track(
    loadRecovery().then(
      ({ readSetAside }) => {
        const unseen = readSetAside(text, nowIso()).find((copy) => !copy.seen);
        if (unseen) addNotice({ id: "set-aside", copy: unseen });
      },
      () => undefined,
    ),
  );
}

/**
 * Keep the original text under BACKUP_KEY before the repaired record replaces it. If the copy
 * cannot be stored, the original stays where it is and this page keeps changes in memory.
 */
function setAside(text: string, reason: SetAside["reason"], recovery: Recovery): boolean {
  const storage = environment!.storage;
  const copy: SetAside = { setAsideAt: nowIso(), reason, text };
  const existing = storage.read(BACKUP_KEY);
  const list = typeof existing === "string" ? recovery.readSetAside(existing, copy.setAsideAt) : [];
  const fault = storage.write(BACKUP_KEY, recovery.addSetAside(list, copy));
  addNotice({ id: "set-aside", copy });
  if (fault) {
    writesBlocked = true;
    sayNotKept(fault);
    return false;
  }
  return true;
}

/** Read the record from storage into $progress, repairing and setting aside as needed. */
function load(): void {
  if (!environment) return;
  const thisRead = ++readCount;
  fullReadPending = false;
  const text = environment.storage.read(PROGRESS_KEY);
  if (isFault(text)) {
    lastSeenText = undefined;
    sayNotKept(text.fault);
    applyWaitingChanges();
    return;
  }
  lastSeenText = text;
  const quick = quickRead(text);
  if (quick) {
    settle({ outcome: text ? "valid" : "empty", progress: quick }, text);
    // A full read this one overtook (another tab saved meanwhile) leaves its changes to us.
    applyWaitingChanges();
    return;
  }
  // Older, damaged or foreign: the full reader decides what can be kept.
  fullReadPending = true;
  track(
    loadRecovery().then(
      (recovery) => {
        if (thisRead !== readCount) return;
        fullReadPending = false;
        settle(recovery.readProgress(text), text, recovery);
        applyWaitingChanges();
      },
      () => {
        if (thisRead !== readCount) return;
        // The reader could not be loaded (offline after the site changed): keep what is
        // stored as it is, and this page's changes in memory.
        fullReadPending = false;
        writesBlocked = true;
        sayNotKept("unavailable");
        applyWaitingChanges();
      },
    ),
  );
}

/** Show what reading the stored text found, and set aside and rewrite a damaged record. */
function settle(reading: ProgressReading, text: string | null, recovery?: Recovery): void {
  showProgress(reading.progress);
  if (reading.outcome === "newer") {
    writesBlocked = true;
    $saveState.set({ kind: "not-saved", reason: "newer-version" });
    addNotice({ id: "newer-version", version: reading.version });
    return;
  }
  writesBlocked = false;
  if ((reading.outcome === "repaired" || reading.outcome === "unreadable") && text && recovery) {
    if (!setAside(text, reading.outcome, recovery)) return;
    write(reading.progress);
    return;
  }
  const state = $saveState.get();
  if (state.kind !== "not-saved" || state.reason === "newer-version") {
    showSaved(reading.progress.savedAt);
  }
}

/** Save the changes made while the full reader was at work, on top of what it read. */
function applyWaitingChanges(): void {
  const changes = waitingChanges;
  waitingChanges = [];
  if (changes.length > 0) {
    commit((progress) => changes.reduce((record, change) => change(record), progress));
  }
}

/** Write `progress` (stamped with the time) and report how it went; returns what to show. */
function write(progress: Progress): Progress {
  const stamped = { ...progress, savedAt: nowIso() };
  const text = JSON.stringify(stamped);
  const fault = environment!.storage.write(PROGRESS_KEY, text);
  if (fault) {
    sayNotKept(fault);
    return progress;
  }
  lastSeenText = text;
  showSaved(stamped.savedAt);
  if (keptByBrowser === undefined && !askedToKeep) {
    askedToKeep = true;
    void askToKeepData(environment!.storageManager).then((kept) => {
      keptByBrowser = kept;
      const state = $saveState.get();
      if (state.kind === "saved") showSaved(state.at);
    });
  }
  return stamped;
}

/**
 * Apply `change` to the record as storage holds it now, then save. Reading first means a change
 * another tab made a moment ago (whose storage event has not arrived yet) is kept.
 */
function commit(change: Change): void {
  if (!environment) {
    showProgress(change($progress.get()));
    return;
  }
  if (!writesBlocked && !fullReadPending) {
    const stored = environment.storage.read(PROGRESS_KEY);
    if (!isFault(stored) && stored !== lastSeenText) load();
  }
  if (fullReadPending) {
    // Shown at once, saved once the full reader has said what the stored record holds.
    waitingChanges.push(change);
    showProgress(change($progress.get()));
    return;
  }
  const changed = change($progress.get());
  const canWrite = !writesBlocked && lastSeenText !== undefined;
  showProgress(canWrite ? write(changed) : changed);
}

// Setting the record from anywhere saves it, as with a persistent atom.
$progress.set = (progress: Progress) => commit(() => progress);

/** Connect the store to storage and other tabs; returns a function that disconnects it. */
export function connectProgressStorage(next: ProgressEnvironment): () => void {
  environment = next;
  readCount++;
  fullReadPending = false;
  waitingChanges = [];
  lastSeenText = undefined;
  writesBlocked = false;
  askedToKeep = false;
  keptByBrowser = undefined;
  $progressNotices.set([]);
  $saveState.set({ kind: "waiting" });
  load();
  refreshSetAsideNotice();
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === null || key === PROGRESS_KEY) load();
    if (key === null || key === BACKUP_KEY) refreshSetAsideNotice();
  };
  // Back from the back-forward cache: other tabs may have saved meanwhile.
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) load();
  };
  next.events?.addEventListener("storage", onStorage);
  next.events?.addEventListener("pageshow", onPageShow);
  return () => {
    next.events?.removeEventListener("storage", onStorage);
    next.events?.removeEventListener("pageshow", onPageShow);
    if (environment === next) {
      environment = undefined;
      readCount++;
    }
  };
}

/**
 * Apply a pure change to the record as storage holds it now, then save: the way every feature
 * writes. The changes themselves live beside the islands that make them (stores/quiz.ts,
 * stores/module.ts, stores/transfer.ts), so a page loads only the ones it can make.
 */
export function updateProgress(change: (progress: Progress, now: Date) => Progress): void {
  commit((progress) => change(progress, new Date(nowIso())));
}

/** Forget everything on this device. */
export function resetProgress(): void {
  commit(() => emptyProgress());
}

/** Hide a notice; a dismissed set-aside copy stays in storage, marked as seen. */
export function dismissNotice(id: ProgressNotice["id"]): void {
  $progressNotices.set($progressNotices.get().filter((notice) => notice.id !== id));
  if (id !== "set-aside" || !environment) return;
  const storage = environment.storage;
  track(
    loadRecovery().then(
      ({ markAllSeen, readSetAside }) => {
        const text = storage.read(BACKUP_KEY);
        if (typeof text === "string") {
          storage.write(BACKUP_KEY, markAllSeen(readSetAside(text, nowIso())));
        }
      },
      () => undefined,
    ),
  );
}

/**
 * Resolves once the work the store started with the full reader is done: for tests, which
 * check what a damaged or older record turns into.
 */
export async function progressSettled(): Promise<void> {
  while (pendingWork.size > 0) await Promise.allSettled([...pendingWork]);
}

/** The store as a browser page uses it: localStorage, and events from other tabs. */
function browserEnvironment(): ProgressEnvironment {
  return {
    storage: safeStorage(() => window.localStorage),
    session: safeStorage(() => window.sessionStorage),
    events: window,
    storageManager: typeof navigator === "undefined" ? undefined : navigator.storage,
  };
}

if (typeof window !== "undefined") connectProgressStorage(browserEnvironment());
