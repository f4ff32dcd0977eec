/*
 * client:reach, the module page's islands' directive (registered in src/build/integration.ts):
 * an island hydrates when the learner reaches for it, not when it scrolls past. A learner who
 * only reads loads no Preact and no island code at all.
 *
 * - Its code starts loading on the learner's first sign of intent within it (the pointer moving
 *   over it, a press, a tap, focus, a key), so that it is usually there by the click; not when the
 *   page scrolls it under a resting pointer, nor when a finger swipes over it to read on.
 * - Nothing done before it has hydrated is lost: a click on a button or a link is held back,
 *   the control marked busy meanwhile, and made again once the island's own handlers are in
 *   place (and its stored state shown);
 *   an option chosen or text typed stays as the browser shows it, and the island is told of it
 *   then (put back first if the island's first render reset it). Preact's hydration keeps the
 *   server's elements, so what was clicked or typed in is still there.
 * - An island that shows stored state wakes as soon as the learner's record holds some for it:
 *   `client:reach="quiz:<id> film:<id> …"` names what it shows, and the module page's status
 *   script (./module/wake.ts), which reads the record anyway, wakes the islands whose state it
 *   finds, at once or when it appears later.
 * - An element around the island marked data-reach (a film's figure) counts as the island's:
 *   reaching for it, or playing a video in it (media events do not bubble: caught on the way
 *   down), wakes the island; clicks there on what the attribute's selector names are the
 *   island's too (a chapter's link that seeks).
 *
 * Astro inlines this file in every page that has such an island: it imports nothing.
 */

/** Astro's directive signature (astro's ClientDirective), without importing Astro's types. */
type Hydrate = () => Promise<void>;
type Directive = (
  load: () => Promise<Hydrate>,
  options: { value: string | boolean },
  el: HTMLElement,
) => void;

/** What the status script wakes: the island's state keys and how to wake it. */
export interface Sleeper {
  keys: string;
  wake: () => void;
}

declare global {
  interface Window {
    cxReach?: Sleeper[];
  }
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate when the learner reaches for it; the value: the state keys that wake it. */
      "client:reach"?: string | boolean;
    }
  }
}

/** What the learner may do to an island: reach for it, or act in it. */
const events = "pointermove pointerdown pointerup focusin keydown play click input change".split(
  " ",
);

/**
 * Whether an event shows the learner reaching for the island. A pointer moving over it counts,
 * not one said to come over it: Chromium says so of a resting pointer the page scrolls the
 * island under (without a move), so "pointerover" is not listened to. A finger counts once it is
 * lifted without having scrolled (a tap; a swipe that scrolls ends with pointercancel instead):
 * a swipe over a quiz is reading on.
 */
const reaching = (event: Event) =>
  !(event instanceof PointerEvent) ||
  (event.pointerType === "touch" ? event.type === "pointerup" : event.type !== "pointerup");

/** Clicks the browser acts on by itself: an option's label, a box, a disclosure. */
const native = "label,input,select,textarea,summary";

/** After Preact's effects (useHydrated, stored state) have run: a frame, then two tasks. */
const settled = () =>
  new Promise<void>((done) => {
    const later = () => setTimeout(() => setTimeout(done));
    const timer = setTimeout(later, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      later();
    });
  });

/** The button or link a held click was on. */
const pressed = (click: Event): Element => {
  const target = click.target as Element;
  return target.closest("button,a") ?? target;
};

const fire = (target: EventTarget, type: string) =>
  target.dispatchEvent(new Event(type, { bubbles: true }));

const reach: Directive = (load, { value }, el) => {
  const zone = el.parentElement?.closest<HTMLElement>("[data-reach]") ?? el;
  const theirs = zone.dataset["reach"];
  let started = false;
  /** Clicks held back, and form controls changed, before the island could hear of them. */
  const held: (MouseEvent | HTMLInputElement)[] = [];
  /** What each changed control showed last: put back if the island's first render reset it. */
  const last = new Map<HTMLInputElement, [checked: boolean, value: string]>();

  /** Whether the directive is making a held event again: not the learner's, not held. */
  let replaying = false;
  /** The island is told of a changed control: put back first if its render reset it. */
  const tell = (control: HTMLInputElement) => {
    const [checked, text] = last.get(control)!;
    if (/radio|checkbox/.test(control.type)) {
      if (control.checked !== checked) control.click();
      else fire(control, "change");
    } else {
      control.value = text;
      fire(control, "input");
      fire(control, "change");
    }
  };

  const start = async () => {
    if (started) return;
    started = true;
    await (
      await load()
    )();
    // Changes made before any held click are told at once, before the island's first effects
    // apply the record: a box drawn from it then shows the learner's tick, never a blank. They
    // are told again below, after those effects, in case one put the record's state back.
    replaying = true;
    for (const item of held) {
      if (item instanceof Event) break;
      tell(item);
    }
    replaying = false;
    await settled();
    // Focus already inside: the island hears of it, as it would have (it may load code on focus).
    const focused = document.activeElement;
    if (focused && el.contains(focused)) fire(focused, "focusin");
    // Still listening: what the learner does meanwhile is held behind what came before it, so a
    // click can never overtake the choice it was made after. (The list grows as it is read.)
    for (const item of held) {
      // One at a time, each after the island has rendered what the one before changed.
      await new Promise((done) => setTimeout(done));
      replaying = true;
      if (item instanceof Event) {
        pressed(item).ariaBusy = null;
        item.target!.dispatchEvent(new MouseEvent("click", item));
      } else tell(item);
      replaying = false;
    }
    for (const type of events) zone.removeEventListener(type, on, true);
  };
  const on = (event: Event) => {
    if (replaying) return;
    const target = event.target as HTMLInputElement;
    if (!/click|input|change/.test(event.type)) {
      if (reaching(event)) void start();
      return;
    }
    if (!(el.contains(target) || (theirs && target.closest(theirs)))) return;
    void start();
    if (event.type !== "click") {
      // Told in the order changed, the latest last: a choice changed back is the one that stays.
      if (held.at(-1) !== target) held.push(target);
      last.set(target, [target.checked, target.value]);
    } else if (!target.closest(native)) {
      // Held back whole, its default (following a link) with it: made again once heard.
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event as MouseEvent);
      // Shown as taken at once (module.css): on a slow line, no need to press again.
      pressed(event).ariaBusy = "true";
    }
  };
  for (const type of events) zone.addEventListener(type, on, true);
  if (typeof value === "string" && value) {
    (window.cxReach ??= []).push({ keys: value, wake: start });
    dispatchEvent(new Event("cx:reach"));
  }
};

export default reach;
