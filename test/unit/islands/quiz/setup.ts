import { cleanup } from "@testing-library/preact";
import { cleanStores } from "nanostores";
import { afterEach, beforeEach } from "vitest";
import { emptyProgress, type Progress } from "../../../../src/lib/record/record";
import { resetProgress, updateProgress } from "../../../../src/stores/progress";

/** A fresh record before each test, and no island or store left over after it. */
export function useFreshProgress() {
  beforeEach(() => {
    localStorage.clear();
    resetProgress();
  });
  afterEach(() => {
    cleanup();
    cleanStores();
  });
}

/** Put `progress` in storage through the store, as an earlier visit would have left it. */
export function seedStoredProgress(progress: Progress): void {
  updateProgress("seed for a test", () => ({ ...emptyProgress(), ...progress }));
}
