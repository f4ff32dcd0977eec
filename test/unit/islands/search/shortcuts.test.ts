import { describe, expect, it } from "vitest";
import { isSearchShortcut, type ShortcutEvent } from "../../../../src/islands/search/shortcuts";

function key(key: string, options: Partial<ShortcutEvent> = {}): ShortcutEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    isComposing: false,
    target: null,
    ...options,
  };
}

describe("isSearchShortcut", () => {
  it("opens search on a slash pressed outside any field", () => {
    expect(
      isSearchShortcut(key("/", { target: { tagName: "BODY" } as unknown as EventTarget })),
    ).toBe(true);
  });

  it("leaves a slash typed into a field or editable text alone", () => {
    for (const target of [
      { tagName: "INPUT" },
      { tagName: "textarea" },
      { tagName: "DIV", isContentEditable: true },
    ]) {
      expect(isSearchShortcut(key("/", { target: target as unknown as EventTarget }))).toBe(false);
    }
  });

  it("opens search on Ctrl-K and Cmd-K, even in a field", () => {
    const field = { tagName: "INPUT" } as unknown as EventTarget;
    expect(isSearchShortcut(key("k", { ctrlKey: true, target: field }))).toBe(true);
    expect(isSearchShortcut(key("K", { metaKey: true }))).toBe(true);
  });

  it("ignores other keys, modified slashes and events already handled", () => {
    expect(isSearchShortcut(key("k"))).toBe(false);
    expect(isSearchShortcut(key("/", { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key("/", { defaultPrevented: true }))).toBe(false);
    expect(isSearchShortcut(key("/", { isComposing: true }))).toBe(false);
  });
});
