import { $progress } from "../../stores/progress";
import { entryOf, moduleStatus, type Progress } from "../../lib/record/record";
import type { Sleeper } from "../reach";

/*
 * The other half of client:reach (../reach.ts): a module page's island that shows stored state
 * hydrates as soon as the learner's record holds some for it, as the page opens or when it
 * appears later (the module's end once the quiz is passed). Each island names what it shows in
 * its directive's value, as keys this file reads:
 *   quiz:<id>        the quiz's answers, or a reflection written in it
 *   done:<module>    the module completed
 *   track:<default>  a track chosen other than the default (the step and the next module)
 *   film:<id>        the share of a film played
 *   commitment:<module>, activity:<id>   a commitment saved, a team activity ticked
 */

const holds = (progress: Progress, key: string): boolean => {
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  switch (kind) {
    case "quiz":
      return (
        entryOf(progress.quizzes, id) !== undefined ||
        Object.keys(progress.reflections).some((each) => each.startsWith(`${id}/`))
      );
    case "done":
      return moduleStatus(progress, id) === "completed";
    case "track":
      return progress.track !== undefined && progress.track !== id;
    case "film":
      return entryOf(progress.films ?? {}, id) !== undefined;
    case "commitment":
      return entryOf(progress.commitments ?? {}, id) !== undefined;
    case "activity":
      return entryOf(progress.activities ?? {}, id) !== undefined;
    default:
      return false;
  }
};

/** Wake the page's sleeping islands whose state the record holds, now and on every change. */
export function wakeIslandsWithState(): void {
  const sleeping: Sleeper[] = (window.cxReach ??= []);
  const check = () => {
    const progress = $progress.get();
    for (let index = sleeping.length - 1; index >= 0; index--) {
      const sleeper = sleeping[index]!;
      if (sleeper.keys.split(" ").some((key) => holds(progress, key))) {
        sleeping.splice(index, 1);
        sleeper.wake();
      }
    }
  };
  // Islands register as the parser reaches them, before or after this script runs.
  addEventListener("cx:reach", check);
  $progress.subscribe(check);
}
