import { useRef, useState } from "preact/hooks";

/** The card being dragged, how far the pointer has moved, and the drop target it is over. */
export interface Dragging {
  id: string;
  dx: number;
  dy: number;
  over: string | undefined;
}

/**
 * Drag with a mouse, pen or finger (Pointer Events), shared by ordering and matching. `start(id)`
 * goes on a card's grip, which CSS gives `touch-action: none` so a finger moves the card, not the
 * page. While the card moves, `move` says which drop target the pointer is over; on release,
 * `drop` gets it. The moves are heard on the window: a card moved in the DOM mid-drag may lose
 * its pointer capture, and the drag must go on.
 */
export function useDrag(
  move: (id: string, event: PointerEvent) => string | undefined,
  drop: (id: string, over: string | undefined) => void,
) {
  const [dragging, setDragging] = useState<Dragging | null>(null);
  // The listeners outlive the render that added them: they call the latest callbacks.
  const latest = useRef({ move, drop });
  latest.current = { move, drop };

  const start = (id: string) => (down: PointerEvent) => {
    if (down.button) return;
    // No text selection, no focus ring, no native drag of the card's text; a mouse released
    // outside the window still ends the drag.
    down.preventDefault();
    (down.currentTarget as Element).setPointerCapture?.(down.pointerId);
    const types = ["pointermove", "pointerup", "pointercancel"] as const;
    let over: string | undefined;
    const follow = (event: PointerEvent) => {
      over = latest.current.move(id, event);
      setDragging({ id, dx: event.clientX - down.clientX, dy: event.clientY - down.clientY, over });
    };
    const end = (event: PointerEvent) => {
      for (const type of types) removeEventListener(type, type == "pointermove" ? follow : end);
      setDragging(null);
      if (event.type == "pointerup") latest.current.drop(id, over);
    };
    for (const type of types) addEventListener(type, type == "pointermove" ? follow : end);
    setDragging({ id, dx: 0, dy: 0, over });
  };

  return [dragging, start] as const;
}

/** The `data-drop` key of the target under the pointer, if any. */
export const dropTargetAt = (event: PointerEvent) =>
  document
    .elementsFromPoint(event.clientX, event.clientY)
    .map((element) => element.closest<HTMLElement>("[data-drop]")?.dataset["drop"])
    .find(Boolean);
