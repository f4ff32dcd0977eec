import { describe, expect, it } from "vitest";
import { askToKeepData, isQuotaError, safeStorage } from "../../../src/stores/storage";

const throwing = (error: unknown) => ({
  getItem: () => {
    throw error;
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
});

describe("safeStorage", () => {
  it("reports storage whose access throws as unavailable", () => {
    const storage = safeStorage(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(storage.read("k")).toEqual({ fault: "unavailable" });
    expect(storage.write("k", "v")).toBe("unavailable");
    expect(storage.remove("k")).toBe("unavailable");
  });

  it("tells a full storage from an unusable one", () => {
    const full = safeStorage(() => throwing(new DOMException("full", "QuotaExceededError")));
    expect(full.write("k", "v")).toBe("full");
    const broken = safeStorage(() => throwing(new DOMException("denied", "SecurityError")));
    expect(broken.write("k", "v")).toBe("unavailable");
    expect(broken.read("k")).toEqual({ fault: "unavailable" });
  });

  it("reads, writes and removes when storage works", () => {
    const items = new Map<string, string>();
    const storage = safeStorage(() => ({
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    }));
    expect(storage.read("k")).toBeNull();
    expect(storage.write("k", "v")).toBeUndefined();
    expect(storage.read("k")).toBe("v");
    expect(storage.remove("k")).toBeUndefined();
    expect(storage.read("k")).toBeNull();
  });
});

describe("isQuotaError", () => {
  it("recognises every browser's way of saying storage is full", () => {
    expect(isQuotaError(new DOMException("", "QuotaExceededError"))).toBe(true);
    expect(isQuotaError({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error("other"))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe("askToKeepData", () => {
  it("does not ask again when the data is already kept", async () => {
    let asked = false;
    const kept = await askToKeepData({
      persisted: async () => true,
      persist: async () => (asked = true),
    });
    expect(kept).toBe(true);
    expect(asked).toBe(false);
  });

  it("passes on the browser's answer, and never rejects", async () => {
    expect(await askToKeepData({ persist: async () => false })).toBe(false);
    expect(await askToKeepData(undefined)).toBeUndefined();
    expect(
      await askToKeepData({
        persist: async () => {
          throw new Error("not allowed");
        },
      }),
    ).toBeUndefined();
  });
});
