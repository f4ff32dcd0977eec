import { atom } from "nanostores";
import {
  PROGRESS_BACKUP_KEY as BACKUP_KEY,
  PROGRESS_KEY,
  SAID_NOT_KEPT_KEY,
} from "../vocabulary/record";
import { emptyProgress, type Progress } from "../lib/record/record";
import type { SetAside } from "../lib/record/backup";
import { quickRead } from "../lib/record/quick-check";
import type { ProgressReading } from "../lib/record/read";
import { newTabId, savedSeq, withWriter } from "../lib/record/sync";
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

/** Where the record and its set-aside copies are kept (src/vocabulary/record.ts). */
export { BACKUP_KEY, PROGRESS_KEY };

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
  /** Lets tabs take turns to write; absent where the browser has no Web Locks. */
  locks?: LockManagerLike;
  /** Whether the page is hidden, and so may be left before a lock is granted. */
  isHidden?: () => boolean;
  now?: () => Date;
}

/** The learner's whole record as this tab shows it: what storage holds, plus unsaved changes. */
export const $progress = atom<Progress>(emptyProgress());
/** Whether and when progress was last saved on this device. */
export const $saveState = atom<SaveState>({ kind: "waiting" });
/** Notices about stored progress, for the notice area. */
export const $progressNotices = atom<ProgressNotice[]>([]);

/** What this tab shows. Setting $progress saves nothing: changes go through updateProgress. */
const showProgress = (progress: Progress) => $progress.set(progress);

/** The full reader and the set-aside helpers, loaded only when a record needs them. */
const loadRecovery = () => import("../lib/record/recovery");
type Recovery = Awaited<ReturnType<typeof loadRecovery>>;

/** One change this tab made, numbered in order; see docs/developers.md, "Several tabs". */
interface Operation {
  seq: number;
  /** What the change is, for people reading the code and the tests. */
  name: string;
  apply: (progress: Progress) => Progress;
  /** When this tab first wrote it (ms), to know when it can stop watching for it. */
  writtenAt?: number;
}

/** The Web Locks API, as far as the store uses it. */
export interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

/**
 * How long a written change is watched for. A tab whose view of storage is stale writes over
 * another's change within the moments it takes to handle the storage event; minutes is ample.
 */
const WATCH_MS = 5 * 60 * 1000;

/** Work under way with the full reader; see progressSettled. */
const pendingWork = new Set<Promise<unknown>>();
/** Counts reads of storage and disconnections: a full read that either overtook is dropped. */
let readCount = 0;
/** The stored record is with the full reader: changes are shown, and saved once it is done. */
let fullReadPending = false;

let environment: ProgressEnvironment | undefined;
/** This page's id in the record's note of writers, and its changes in order. */
let tabId = newTabId();
let operations: Operation[] = [];
let nextSeq = 1;
/** The record as storage last held it, as far as this tab has read or written. */
let stored: Progress = emptyProgress();
/** The stored text this tab last read or wrote: anything else was written by another tab. */
let lastSeenText: string | null | undefined;
/** A write is waiting for the lock. */
let writeQueued = false;
/** The page is being left: it may not live to get the lock, so writes go at once. */
let leaving = false;
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

const now = () => environment?.now?.() ?? new Date();
const nowIso = () => now().toISOString();

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
  addNotice({ id: "not-kept", reason });
  // A page being hidden or left cannot show it: the next page will say it instead. A page left
  // for another in the same tab is still "visible" during pagehide, hence `leaving` too.
  if (!leaving && !environment?.isHidden?.()) session?.write(SAID_NOT_KEPT_KEY, "yes");
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

/** This tab's changes that `record` does not hold, in the order they were made. */
const unsavedIn = (record: Progress) => {
  const saved = savedSeq(record, tabId);
  return operations.filter((operation) => operation.seq > saved);
};

/** `record` with `changes` applied in order; the note of writers is the store's, never theirs. */
function applyAll(record: Progress, changes: readonly Operation[]): Progress {
  const changed = changes.reduce((result, operation) => operation.apply(result), record);
  const { writers: _theirs, ...rest } = changed;
  return record.writers ? { ...rest, writers: record.writers } : rest;
}

/** Show what storage holds with this tab's unsaved changes on top, and save those. */
function reconcile(): void {
  const unsaved = unsavedIn(stored);
  showProgress(applyAll(stored, unsaved));
  if (unsaved.length > 0) requestWrite();
}

/**
 * Read the record from storage into `stored`, repairing and setting aside as needed. True when
 * it is ready now; false when storage failed or the full reader is at work (which reconciles
 * when it is done).
 */
function readStored(): boolean {
  if (!environment) return false;
  const thisRead = ++readCount;
  fullReadPending = false;
  const text = environment.storage.read(PROGRESS_KEY);
  if (isFault(text)) {
    lastSeenText = undefined;
    sayNotKept(text.fault);
    return false;
  }
  lastSeenText = text;
  const quick = quickRead(text);
  if (quick) {
    settle({ outcome: text ? "valid" : "empty", progress: quick }, text);
    return true;
  }
  // Older, damaged or foreign: the full reader decides what can be kept.
  fullReadPending = true;
  track(
    loadRecovery().then(
      (recovery) => {
        if (thisRead !== readCount) return;
        fullReadPending = false;
        settle(recovery.readProgress(text), text, recovery);
        reconcile();
      },
      () => {
        if (thisRead !== readCount) return;
        // The reader could not be loaded (offline after the site changed): keep what is
        // stored as it is, and this page's changes in memory.
        fullReadPending = false;
        writesBlocked = true;
        sayNotKept("unavailable");
        reconcile();
      },
    ),
  );
  return false;
}

/** Take in what reading the stored text found; set aside and rewrite a damaged record. */
function settle(reading: ProgressReading, text: string | null, recovery?: Recovery): void {
  stored = reading.progress;
  if (reading.outcome === "newer") {
    writesBlocked = true;
    $saveState.set({ kind: "not-saved", reason: "newer-version" });
    addNotice({ id: "newer-version", version: reading.version });
    return;
  }
  writesBlocked = false;
  if ((reading.outcome === "repaired" || reading.outcome === "unreadable") && text && recovery) {
    if (setAside(text, reading.outcome, recovery)) write(reading.progress);
    return;
  }
  const state = $saveState.get();
  if (state.kind !== "not-saved" || state.reason === "newer-version") {
    showSaved(reading.progress.savedAt);
  }
}

/** Write `progress` (stamped with the time) and report how it went; true when written. */
function write(progress: Progress): boolean {
  const stamped = { ...progress, savedAt: nowIso() };
  const text = JSON.stringify(stamped);
  const fault = environment!.storage.write(PROGRESS_KEY, text);
  if (fault) {
    sayNotKept(fault);
    return false;
  }
  stored = stamped;
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
  return true;
}

/**
 * Save the unsaved changes when it is this tab's turn. Tabs take turns through a Web Lock, so
 * no two read and write the record at once. Without Web Locks (older browsers), or when the
 * page is being hidden and may not live to get the lock, the tab writes at once: a change
 * another tab then writes over is still applied again (see writeUnsaved).
 */
function requestWrite(): void {
  if (!environment || writesBlocked || fullReadPending || lastSeenText === undefined) return;
  const locks = environment.locks;
  if (!locks || leaving || environment.isHidden?.()) {
    writeUnsaved();
    return;
  }
  if (writeQueued) return;
  writeQueued = true;
  const connected = environment;
  // The lock tabs take turns under is named after the record's key.
  void locks.request(PROGRESS_KEY, () => {
    writeQueued = false;
    if (environment === connected) writeUnsaved();
  });
}

/**
 * Apply this tab's unsaved changes to the newest stored record and write it. A change counts as
 * saved once a record holds it; if another tab, reading a stale copy, writes over it, the next
 * storage event shows the record without it and reconcile applies it again on top.
 */
function writeUnsaved(): void {
  if (!environment || writesBlocked || fullReadPending) return;
  const text = environment.storage.read(PROGRESS_KEY);
  if (isFault(text)) {
    lastSeenText = undefined;
    sayNotKept(text.fault);
    showProgress(applyAll(stored, unsavedIn(stored)));
    return;
  }
  if (text !== lastSeenText && !readStored()) return;
  if (writesBlocked) {
    showProgress(applyAll(stored, unsavedIn(stored)));
    return;
  }
  const unsaved = unsavedIn(stored);
  if (unsaved.length > 0) {
    const changed = applyAll(stored, unsaved);
    if (write(withWriter(changed, tabId, unsaved.at(-1)!.seq, nowIso()))) {
      const writtenAt = now().getTime();
      for (const operation of unsaved) operation.writtenAt ??= writtenAt;
      // Written long enough ago that no stale tab can still write over them.
      operations = operations.filter(
        (operation) =>
          operation.writtenAt === undefined || writtenAt - operation.writtenAt < WATCH_MS,
      );
    }
  }
  showProgress(applyAll(stored, unsavedIn(stored)));
}

/** Connect the store to storage and other tabs; returns a function that disconnects it. */
export function connectProgressStorage(next: ProgressEnvironment): () => void {
  environment = next;
  readCount++;
  fullReadPending = false;
  tabId = newTabId();
  operations = [];
  nextSeq = 1;
  stored = emptyProgress();
  writeQueued = false;
  leaving = false;
  lastSeenText = undefined;
  writesBlocked = false;
  askedToKeep = false;
  keptByBrowser = undefined;
  $progressNotices.set([]);
  $saveState.set({ kind: "waiting" });
  if (readStored()) reconcile();
  refreshSetAsideNotice();
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if ((key === null || key === PROGRESS_KEY) && readStored()) reconcile();
    if (key === null || key === BACKUP_KEY) refreshSetAsideNotice();
  };
  // Back from the back-forward cache: other tabs may have saved meanwhile.
  const onPageShow = (event: Event) => {
    leaving = false;
    if ((event as PageTransitionEvent).persisted && readStored()) reconcile();
  };
  // Registered before any island's own pagehide handler, so their last changes (active time)
  // are written at once, and a write still waiting for the lock goes now.
  const onPageHide = () => {
    leaving = true;
    if (writeQueued) writeUnsaved();
  };
  next.events?.addEventListener("storage", onStorage);
  next.events?.addEventListener("pageshow", onPageShow);
  next.events?.addEventListener("pagehide", onPageHide);
  return () => {
    next.events?.removeEventListener("pagehide", onPageHide);
    next.events?.removeEventListener("storage", onStorage);
    next.events?.removeEventListener("pageshow", onPageShow);
    if (environment === next) {
      environment = undefined;
      readCount++;
    }
  };
}

/**
 * Make a named change to the learner's record: the one way every feature writes. The change is
 * shown at once and saved on top of the newest stored record, never as a whole record computed
 * earlier, so another tab's changes are kept. Islands never call it: they call a named action of
 * stores/<feature>.ts (stores/quiz.ts, stores/module.ts …), each a pure change from lib/record/,
 * so a page loads only the changes it makes.
 */
export function updateProgress(
  name: string,
  change: (progress: Progress, now: Date) => Progress,
): void {
  const at = new Date(nowIso());
  const apply = (progress: Progress) => change(progress, at);
  showProgress(apply($progress.get()));
  if (!environment) return;
  operations.push({ seq: nextSeq++, name, apply });
  requestWrite();
}

/** Forget everything on this device. */
export function resetProgress(): void {
  updateProgress("reset everything", () => emptyProgress());
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
    locks: typeof navigator === "undefined" ? undefined : navigator.locks,
    isHidden: () => document.visibilityState === "hidden",
  };
}

if (typeof window !== "undefined") connectProgressStorage(browserEnvironment());
