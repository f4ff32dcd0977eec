// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import en from "../../../src/i18n/en";
import { stringsBlockId } from "../../../src/i18n/browser/page-strings";
import {
  $progressNotices,
  $saveState,
  resetProgress,
  updateProgress,
} from "../../../src/stores/progress";
import { showSaveStatus } from "../../../src/islands/progress/save-status";
import { showNotices } from "../../../src/islands/notices/area";
import { showModuleStatus } from "../../../src/islands/module/status";

/*
 * The plain scripts every page (or every module page) runs as it opens, without Preact: on
 * markup as the server writes it, with the words from the page's block of strings.
 */

beforeAll(() => {
  const block = document.createElement("script");
  block.type = "application/json";
  block.id = stringsBlockId;
  block.textContent = JSON.stringify({
    common: en.common,
    moduleStep: en.moduleStep,
    save: en.save,
    notices: en.notices,
    page: { lang: "en", prefix: "", organisation: "CX", title: "CX", tracks: {} },
  });
  document.head.append(block);
});

beforeEach(() => {
  localStorage.clear();
  resetProgress();
  $progressNotices.set([]);
  document.body.innerHTML = "";
});

afterEach(() => {
  document.body.innerHTML = "";
});

/** Markup as the server writes it (src/components/ModuleStatus.astro, Base.astro). */
function serverMarkup(html: string): HTMLElement {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.firstElementChild as HTMLElement;
}

describe("the footer's save status", () => {
  it("says nothing until the store knows, then when progress was saved, or why not", () => {
    const line = serverMarkup('<p class="save-status" data-save-state="waiting"></p>');
    $saveState.set({ kind: "waiting" });
    showSaveStatus(line);
    expect(line.textContent).toBe("");
    expect(line.dataset.saveState).toBe("waiting");

    $saveState.set({ kind: "saved", at: undefined });
    expect(line.textContent).toBe(en.save.nothingYet);

    $saveState.set({ kind: "saved", at: "2026-12-01T10:30:00.000Z", kept: true });
    const time = line.querySelector("time");
    expect(time?.dateTime).toBe("2026-12-01T10:30:00.000Z");
    expect(time?.textContent).toMatch(/2026/);
    expect(line.textContent).toBe(`${en.save.lastSaved} ${time?.textContent}.${en.save.kept}`);
    expect(line.dataset.saveState).toBe("saved");

    $saveState.set({ kind: "not-saved", reason: "full" });
    expect(line.textContent).toBe(en.save.full);
    $saveState.set({ kind: "not-saved", reason: "newer-version" });
    expect(line.textContent).toBe(en.save.newer);
  });
});

describe("a module page's status line", () => {
  const placements = [
    { track: "first", name: "First track", step: 1, total: 3 },
    { track: "second", name: "Second track", step: 2, total: 5 },
  ];
  const markup = `<span class="module-place" data-module-status="start" data-default-track="first" data-placements='${JSON.stringify(placements)}'><span class="module-step">Step 1 of 3 · First track</span><span class="status badge" data-status="not-started"><span aria-hidden="true">○</span> Not started</span></span>`;

  it("records the visit, then follows the learner's track and the module's status", () => {
    const place = serverMarkup(markup);
    const badge = place.querySelector<HTMLElement>(".status")!;
    showModuleStatus(place);
    // Opening the page counts as starting the module.
    expect(badge.dataset.status).toBe("in-progress");
    expect(badge.textContent).toBe(`◐ ${en.common.inProgress}`);
    expect(badge.querySelector("[aria-hidden=true]")?.textContent).toBe("◐");

    updateProgress("choose a track", (progress) => ({ ...progress, track: "second" }));
    expect(place.querySelector(".module-step")?.textContent).toBe("Step 2 of 5 · Second track");

    updateProgress("finish", (progress) => ({
      ...progress,
      modules: { ...progress.modules, start: { ...progress.modules.start, status: "completed" } },
    }));
    expect(badge.dataset.status).toBe("completed");
    expect(badge.textContent).toBe(`✓ ${en.common.completed}`);
  });
});

describe("the notices area", () => {
  it("shows notices as they come, keeps those still shown, and empties when they go", async () => {
    const region = serverMarkup(
      '<div class="progress-notices" aria-live="polite" data-pagefind-ignore></div>',
    );
    showNotices(region);
    expect(region.children).toHaveLength(0);

    $progressNotices.set([{ id: "newer-version", version: 9 }]);
    await vi.waitFor(() => expect(region.textContent).toContain(en.notices.newer));
    const first = region.firstElementChild;

    $progressNotices.set([...$progressNotices.get(), { id: "not-kept", reason: "full" }]);
    await vi.waitFor(() => expect(region.children).toHaveLength(2));
    // The notice already shown keeps its element, and the focus a learner may have in it.
    expect(region.firstElementChild).toBe(first);
    const second = region.children[1]!;
    expect(second.textContent).toContain(`${en.notices.full} ${en.notices.stillBefore}`);
    expect(second.querySelector("a")?.getAttribute("href")).toBe("/progress/");

    const dismiss = first!.querySelector<HTMLButtonElement>(
      `button[aria-label="${en.notices.dismissLabel}"]`,
    );
    dismiss!.click();
    await vi.waitFor(() => expect(region.children).toHaveLength(1));
    expect(region.firstElementChild).toBe(second);

    $progressNotices.set([]);
    await vi.waitFor(() => expect(region.children).toHaveLength(0));
  });
});
