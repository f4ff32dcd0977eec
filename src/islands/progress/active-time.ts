/*
 * Active time on a page, counted cheaply: the time between the learner's interactions, each gap
 * counted up to two minutes (reading a long paragraph is active; a tab left open over lunch is
 * not), and nothing while the page is hidden. Reported when the page is hidden or left, so it
 * costs one write per visit rather than one per second.
 */

/** The longest gap between interactions that still counts in full. */
const LONGEST_GAP_MS = 120_000;
const activity = ["pointerdown", "keydown", "scroll", "wheel", "touchstart"] as const;

/** Count active time until the returned function is called; `report` gets whole seconds. */
export function countActiveTime(report: (seconds: number) => void): () => void {
  let last = performance.now();
  let counted = 0;
  const touch = () => {
    const now = performance.now();
    counted += Math.min(now - last, LONGEST_GAP_MS);
    last = now;
  };
  const flush = () => {
    touch();
    const seconds = Math.round(counted / 1000);
    counted = 0;
    if (seconds > 0) report(seconds);
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") flush();
    else last = performance.now();
  };
  const options = { passive: true, capture: true };
  for (const type of activity) window.addEventListener(type, touch, options);
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", flush);
  return () => {
    for (const type of activity) window.removeEventListener(type, touch, options);
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("pagehide", flush);
    flush();
  };
}
