/** The parts of a keydown event that decide whether it opens search. */
export type ShortcutEvent = Pick<
  KeyboardEvent,
  "key" | "ctrlKey" | "metaKey" | "altKey" | "defaultPrevented" | "isComposing" | "target"
>;

/**
 * True for Ctrl-K or Cmd-K anywhere, and for "/" unless the learner is typing: a slash typed
 * into a field belongs to the field.
 */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
    return true;
  }
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isTypingTarget(event.target);
}

/** Whether keys pressed on this element go into text: a field, a list box or editable content. */
function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  return (
    ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName.toUpperCase()) ||
    element.isContentEditable === true
  );
}
