/*
 * localStorage without surprises. Access can throw (SecurityError when storage is disabled or
 * in some private modes) and writes can fail (QuotaExceededError when full): these wrappers
 * turn every such failure into a value the store can act on, so a page never breaks over it.
 */

/** The part of the Web Storage API the site uses. */
export interface StorageArea {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why storage could not be used: not at all, or not for this write. */
export type StorageFault = "unavailable" | "full";

/** Storage access that reports faults instead of throwing. */
export interface SafeStorage {
  /** The stored text, null when nothing is stored, or the fault that stopped the read. */
  read(key: string): string | null | { fault: StorageFault };
  /** Undefined when written, or the fault that stopped the write. */
  write(key: string, text: string): StorageFault | undefined;
  remove(key: string): StorageFault | undefined;
}

/** True for the errors browsers throw when storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === "QuotaExceededError" ||
    name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    code === 22 ||
    code === 1014
  );
}

const faultOf = (error: unknown): StorageFault => (isQuotaError(error) ? "full" : "unavailable");

/** Wrap the storage that `open` returns; `open` itself may throw, or return nothing. */
export function safeStorage(open: () => StorageArea | undefined | null): SafeStorage {
  let area: StorageArea | undefined;
  try {
    area = open() ?? undefined;
  } catch {
    area = undefined;
  }
  return {
    read(key) {
      if (!area) return { fault: "unavailable" };
      try {
        return area.getItem(key);
      } catch (error) {
        return { fault: faultOf(error) };
      }
    },
    write(key, text) {
      if (!area) return "unavailable";
      try {
        area.setItem(key, text);
        return undefined;
      } catch (error) {
        return faultOf(error);
      }
    },
    remove(key) {
      if (!area) return "unavailable";
      try {
        area.removeItem(key);
        return undefined;
      } catch (error) {
        return faultOf(error);
      }
    },
  };
}

/** The browser's storage manager, as far as asking to keep data goes. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Ask the browser not to clear this site's storage under pressure. Resolves to whether it
 * agreed, or undefined when the browser cannot say; never rejects.
 */
export async function askToKeepData(
  manager: StorageManagerLike | undefined,
): Promise<boolean | undefined> {
  try {
    if (!manager?.persist) return undefined;
    if (await manager.persisted?.()) return true;
    return await manager.persist();
  } catch {
    return undefined;
  }
}
