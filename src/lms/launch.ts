import { cmi5Connection, launchedByCmi5 } from "./cmi5";
import { findScorm12Api, scorm12Connection } from "./scorm12";
import { startShell } from "./shell";

/** The launch page's script: the standard is in its address, /lms/<standard>/<track>/. */
export function startLaunchPage(): void {
  const cmi5 = location.pathname.includes("/lms/cmi5/");
  startShell(() => {
    if (cmi5) return launchedByCmi5() ? cmi5Connection() : undefined;
    const api = findScorm12Api(window);
    return api ? scorm12Connection(api) : undefined;
  });
}
