import { $progress } from "../stores/progress";
import { LMS_MIRROR_DATABASE } from "../vocabulary/record";

/*
 * A package runs on the LMS's own origin, and some LMSs empty that origin's localStorage:
 * Moodle calls localStorage.clear() whenever its JavaScript cache revision changes (see
 * core/storagewrapper), which can come at any login. The learner's record, and with it their
 * reflections, commitments and journal, would go with it. The launch page keeps a second copy
 * of the record in IndexedDB, which clear() does not reach, and puts it back when
 * localStorage has lost it. It stays on this device: nothing of it goes to the LMS.
 */

const DATABASE = LMS_MIRROR_DATABASE;
const STORE = "mirror";
/** How long the launch page waits for IndexedDB before it goes on without the copy. */
const PATIENCE_MS = 2_000;

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE, 1);
    } catch {
      resolve(undefined);
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    setTimeout(() => resolve(undefined), PATIENCE_MS);
  });
}

let database: Promise<IDBDatabase | undefined> | undefined;
const db = () => (database ??= open());

function readCopy(key: string): Promise<string | undefined> {
  return db().then(
    (opened) =>
      new Promise((resolve) => {
        if (!opened) return resolve(undefined);
        try {
          const request = opened.transaction(STORE).objectStore(STORE).get(key);
          request.onsuccess = () =>
            resolve(typeof request.result === "string" ? request.result : undefined);
          request.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

function writeCopy(key: string, text: string): void {
  void db().then((opened) => {
    try {
      opened?.transaction(STORE, "readwrite").objectStore(STORE).put(text, key);
    } catch {
      // The copy is a safety net: the record in localStorage is unchanged either way.
    }
  });
}

const stored = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

/** Put the copy back where localStorage has lost the record; resolves once done (or given up). */
export async function restoreMirror(key: string): Promise<boolean> {
  if (stored(key) !== null) return false;
  const copy = await readCopy(key);
  if (copy === undefined || stored(key) !== null) return false;
  try {
    localStorage.setItem(key, copy);
  } catch {
    return false;
  }
  // The store reads the record again, as when another tab writes it.
  dispatchEvent(new StorageEvent("storage", { key }));
  return true;
}

/** Keep the copy up to date with every change, from this page or the site's frame. */
export function keepMirror(key: string): void {
  // At once, not later: the LMS may take the page away at any moment.
  const copyNow = () => {
    const text = stored(key);
    if (text !== null) writeCopy(key, text);
  };
  addEventListener("storage", (event) => {
    if (event.key === key) copyNow();
  });
  $progress.listen(copyNow);
  copyNow();
}
