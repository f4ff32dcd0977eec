import { $progress } from "../../stores/progress";
import { addActiveTime, recordVisit } from "../../stores/module";
import { moduleStatus } from "../../lib/record/record";
import { placementFor, type ModulePlacement } from "../../lib/placement";
import { fill } from "../../i18n/format";
import { pageStrings } from "../../i18n/browser/page-strings";
import { countActiveTime } from "../progress/active-time";
import { statusIcons, statusWords } from "../status-words";
import { wakeIslandsWithState } from "./wake";

/*
 * The module page's status line, on the markup the server wrote (src/components/ModuleStatus.astro):
 * the learner's step in the track they chose and the module's status, from their record. As the
 * module page's one script that always runs, it also records the visit (the module counts as
 * started) and how long the learner was active on the page, and wakes the islands that show
 * what the record holds (./wake.ts). A plain script, not an island: the page opens without
 * Preact.
 */

type Placement = Pick<ModulePlacement, "track" | "name" | "step" | "total">;

/** Keep `place`'s step and status in step with the learner's record. */
export function showModuleStatus(place: HTMLElement): void {
  const moduleId = place.dataset.moduleStatus;
  const strings = pageStrings();
  if (!moduleId || !strings.common || !strings.moduleStep) return;
  const { common, moduleStep } = strings;
  const placements = JSON.parse(place.dataset.placements || "[]") as Placement[];
  const defaultTrack = place.dataset.defaultTrack ?? "";
  const step = place.querySelector(".module-step");
  const badge = place.querySelector<HTMLElement>(".status");

  wakeIslandsWithState();
  recordVisit(moduleId);
  countActiveTime((seconds) => addActiveTime(moduleId, seconds));
  $progress.subscribe((progress) => {
    const placement = placementFor(placements, progress, defaultTrack);
    const stepText =
      placement &&
      fill(moduleStep.stepOf, {
        step: placement.step,
        total: placement.total,
        track: placement.name,
      });
    if (step && stepText && step.textContent !== stepText) step.textContent = stepText;
    const status = moduleStatus(progress, moduleId);
    if (!badge || badge.dataset.status === status) return;
    badge.dataset.status = status;
    const icon = document.createElement("span");
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = statusIcons[status];
    badge.replaceChildren(icon, ` ${common[statusWords[status]]}`);
  });
}
