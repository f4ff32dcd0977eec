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
 * `drop` gets it. Escape, or the browser cancelling the gesture, calls `cancel` instead, to put
 * the card back. The moves are heard on the window: a card moved in the DOM mid-drag may lose
 * its pointer capture, and the drag must go on.
 */
export function useDrag(
  move: (id: string, event: PointerEvent) => string | undefined,
  drop: (id: string, over: string | undefined) => void,
  cancel: (id: string) => void = () => {},
) {
  const [dragging, setDragging] = useState<Dragging | null>(null);
  // The listeners outlive the render that added them: they call the latest callbacks.
  const latest = useRef({ move, drop, cancel });
  latest.current = { move, drop, cancel };

  const start = (id: string) => (down: PointerEvent) => {
    if (down.button) return;
    // No text selection, no focus ring, no native drag of the card's text; a mouse released
    // outside the window still ends the drag.
    down.preventDefault();
    const grip = down.currentTarget as Element;
    grip.setPointerCapture?.(down.pointerId);
    // The question the card belongs to: the page scrolls no further than it reaches.
    const question = grip.closest("fieldset");
    const types = ["pointermove", "pointerup", "pointercancel"] as const;
    const scrolledAtStart = scrollY;
    let last = down;
    let over: string | undefined;
    let frame = 0;
    const follow = (event: PointerEvent) => {
      last = event;
      over = latest.current.move(id, event);
      // The card follows the pointer on screen, however far the page has scrolled under it.
      const dy = event.clientY - down.clientY + scrollY - scrolledAtStart;
      setDragging({ id, dx: event.clientX - down.clientX, dy, over });
    };
    // The finger on the grip cannot scroll the page: held near the top or bottom of the screen,
    // the card scrolls it, faster the nearer the edge, so it can go where the screen does not
    // reach yet, until the question's own edge comes into view.
    const scrollAtEdges = () => {
      const edge = Math.min(64, innerHeight / 6);
      const y = last.clientY;
      const reach = question?.getBoundingClientRect();
      let depth = 0;
      // Not before the card has moved: a card pressed near an edge waits to be taken somewhere.
      if (last != down) {
        if (y < edge && (!reach || reach.top < 0)) depth = y - edge;
        else if (y > innerHeight - edge && (!reach || reach.bottom > innerHeight)) {
          depth = y - innerHeight + edge;
        }
      }
      const before = scrollY;
      if (depth) scrollBy(0, Math.round((depth / edge) * 16));
      if (scrollY != before) follow(last);
      frame = requestAnimationFrame(scrollAtEdges);
    };
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of types) removeEventListener(type, type == "pointermove" ? follow : end);
      removeEventListener("keydown", escape);
      setDragging(null);
    };
    const end = (event: PointerEvent) => {
      stop();
      if (event.type == "pointerup") latest.current.drop(id, over);
      else latest.current.cancel(id);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key != "Escape") return;
      event.preventDefault();
      stop();
      latest.current.cancel(id);
    };
    for (const type of types) addEventListener(type, type == "pointermove" ? follow : end);
    addEventListener("keydown", escape);
    frame = requestAnimationFrame(scrollAtEdges);
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
