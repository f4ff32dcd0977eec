import { cmi5Connection, launchedByCmi5 } from "./cmi5";
import { findScorm12Api, scorm12Connection } from "./scorm12";
import { findScorm2004Api, scorm2004Connection } from "./scorm2004";
import { startShell } from "./shell";

/** The launch page's script: the standard is in its address, /lms/<standard>/<track>/. */
export function startLaunchPage(): void {
  const path = location.pathname;
  startShell((plan) => {
    if (path.includes("/lms/cmi5/")) return launchedByCmi5() ? cmi5Connection(plan) : undefined;
    if (path.includes("/lms/scorm2004/")) {
      const api = findScorm2004Api(window);
      return api ? scorm2004Connection(api, plan) : undefined;
    }
    const api = findScorm12Api(window);
    return api ? scorm12Connection(api, plan) : undefined;
  });
}
