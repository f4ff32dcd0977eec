import { useStore } from "@nanostores/preact";
import { checkInDue } from "../../lib/commitments-due";
import { emptyProgress } from "../../lib/record/record";
import { $progress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { siteHref } from "../../lib/site-url";

const didText = { yes: "Yes", partly: "Partly", "not-yet": "Not yet" };

/** The learner's commitments, each with its check-ins so far: what they said, and what happened. */
export default function CommitmentList({ moduleTitles }: { moduleTitles: Record<string, string> }) {
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const commitments = Object.entries(progress.commitments ?? {});
  if (commitments.length === 0) {
    return (
      <p>
        None yet. “Our experience principles” and “Empathy in practice” end by asking for one thing
        you will do differently; the map then asks how it went after a day, a week and a month.
      </p>
    );
  }
  return (
    <ul class="commitment-list">
      {commitments.map(([moduleId, commitment]) => (
        <li key={moduleId} data-module={moduleId}>
          <p>
            <strong>“{commitment.text}”</strong>
            <br />
            <span class="commitment-when">
              From{" "}
              <a href={siteHref(`/modules/${moduleId}/`)}>{moduleTitles[moduleId] ?? moduleId}</a>,{" "}
              {formatDate(commitment.madeAt)}.
              {checkInDue(commitment, new Date()) !== undefined && (
                <>
                  {" "}
                  A check-in is due: <a href={siteHref("/review/#check-ins")}>check in</a>.
                </>
              )}
            </span>
          </p>
          {commitment.checkIns.length > 0 && (
            <ul class="check-in-history">
              {commitment.checkIns.map((checkIn) => (
                <li key={checkIn.at}>
                  {formatDate(checkIn.at)}: did you? <strong>{didText[checkIn.did]}</strong>
                  {checkIn.note && <>. {checkIn.note}</>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
