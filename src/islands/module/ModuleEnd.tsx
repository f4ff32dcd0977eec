import { useStore } from "../useStore";
import { emptyProgress, entryOf, moduleStatus } from "../../lib/record/record";
import { percent } from "../labels";
import { $progress } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { onDemand, useOnDemand } from "../on-demand";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { fill } from "../../i18n/format";
import { placementFor, type ModulePlacement } from "../../lib/placement";
import { trackStops } from "./track-stops";

/**
 * The ring, the retry's figures and the celebration (./end-result.tsx), with the tracks' stops
 * to tell whether the celebration is due (./track-stops.ts): once there is a result.
 */
const resultCode = onDemand(async () => {
  const [code, stops] = await Promise.all([import("./end-result"), trackStops()]);
  return { ...code, stops };
});

/** What the module page passes: the module, its quizzes and its place in each track. */
export interface ModuleEndProps {
  moduleId: string;
  quizIds: string[];
  passMark: number;
  placements: ModulePlacement[];
  defaultTrack: string;
  /**
   * Where its buttons may lead ("/", each track's certificate, each track's next module), as the
   * page writes its links: the page knows, so the island carries no code to work them out. A
   * path the page writes as it is (English, on the site) is left out.
   */
  links: Record<string, string>;
  strings: IslandStrings;
}

/**
 * The end of a module page: the result against the pass mark and one primary button to the
 * track's next module; after the track's last module, a celebration and the certificate.
 */
export default function ModuleEnd(props: ModuleEndProps) {
  useStrings(props.strings);
  const { moduleId, quizIds, passMark, placements, defaultTrack } = props;
  const link = (path: string) => props.links[path] ?? path;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const seen = hydrated ? stored : emptyProgress();
  // A quiz tried or the module completed is a result to show, with code of its own (the ring):
  // until that has loaded, the module's end shows none, as the server rendered it.
  const hasResult =
    quizIds.some((id) => entryOf(seen.quizzes, id)) || moduleStatus(seen, moduleId) === "completed";
  const result = useOnDemand(resultCode, hasResult);
  const progress = result ? seen : emptyProgress();
  const ProgressRing = result?.ProgressRing ?? (() => null);
  const placement = placementFor(placements, seen, defaultTrack);
  const done = moduleStatus(progress, moduleId) === "completed";
  const retry = result?.retryOf({ quizIds, passMark }, progress);
  const best = quizIds
    .map((id) => entryOf(progress.quizzes, id)?.bestScore)
    .filter((score) => score !== undefined);
  const score = best.length > 0 ? Math.min(...best) : undefined;
  const isDone = (id: string) => moduleStatus(seen, id) === "completed";
  const trackDone =
    placement !== undefined && (result?.stops[placement.track]?.every(isDone) ?? false);
  const next = placement?.next;
  const trackStep =
    placement && fill(t.moduleEnd.stepDone, { step: placement.step, total: placement.total });

  // Done means the result's code has loaded (`progress` is empty until then).
  if (result && done && placement && trackDone) {
    return (
      <result.Celebration
        placement={placement}
        certificate={link(`/certificate/${placement.track}/`)}
      />
    );
  }

  return (
    <section
      class="module-end card"

      data-state={done ? "done" : retry ? "retry" : "open"}
    >
      <div class="module-end-result">
        {score !== undefined && (
          <ProgressRing
            value={score}
            centre={percent(score)}
            mark={passMark}
            done={done}
            label={fill(t.moduleEnd.scoreLabel, { score: percent(score), mark: percent(passMark) })}
          />
        )}
        <div>
          <h2>{done ? (trackStep ?? t.moduleEnd.moduleDone) : t.moduleEnd.toFinish}</h2>
          <p>
            {done
              ? t.moduleEnd.wellDone
              : retry
                ? fill(t.moduleEnd.needsTry, {
                    score: percent(retry.score),
                    mark: percent(retry.mark),
                  })
                : quizIds.length > 0
                  ? fill(t.moduleEnd.passToFinish, { mark: percent(passMark) })
                  : t.moduleEnd.readToFinish}
          </p>
        </div>
      </div>
      <a
        class={`button ${done ? "button-primary" : "button-secondary"}`}
        href={link(next ? `/modules/${next.id}/` : "/")}
      >
        {next
          ? fill(done ? t.moduleEnd.continue : t.moduleEnd.nextInTrack, { title: next.title })
          : t.moduleEnd.backToRoad}
      </a>
      {retry && !done && quizIds[0] && (
        <a class="button button-quiet" href={`#quiz-${quizIds[0]}`}>
          {t.moduleEnd.tryAgain}
        </a>
      )}
    </section>
  );
}
