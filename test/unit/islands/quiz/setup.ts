import { cleanup } from "@testing-library/preact";
import { cleanStores } from "nanostores";
import { afterEach, beforeEach } from "vitest";
import { emptyProgress } from "../../../../src/lib/progress";
import { $progress } from "../../../../src/stores/progress";

/** A fresh record before each test, and no island or store left over after it. */
export function useFreshProgress() {
  beforeEach(() => {
    localStorage.clear();
    $progress.set(emptyProgress());
  });
  afterEach(() => {
    cleanup();
    cleanStores($progress);
  });
}
