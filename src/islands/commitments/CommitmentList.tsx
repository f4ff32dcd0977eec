import { useStore } from "../useStore";
import { checkInDue } from "../../lib/commitments-due";
import { emptyProgress, entryOf } from "../../lib/record/record";
import { $progress } from "../../stores/progress";
import { formatDate } from "../review/dates";
import { useHydrated } from "../useHydrated";
import { t, useStrings, type IslandStrings } from "../../i18n/browser/client";
import { labelled, quoted } from "../../i18n/browser/punctuation";
import { pageHref } from "../page-href";

const didText = () => ({
  yes: t.checkIn.yes,
  partly: t.checkIn.partly,
  "not-yet": t.checkIn.notYet,
});

/** The learner's commitments, each with its check-ins so far: what they said, and what happened. */
export default function CommitmentList(props: {
  moduleTitles: Record<string, string>;
  strings: IslandStrings;
}) {
  useStrings(props.strings);
  const { moduleTitles } = props;
  const hydrated = useHydrated();
  const stored = useStore($progress);
  const progress = hydrated ? stored : emptyProgress();
  const commitments = Object.entries(progress.commitments ?? {});
  if (commitments.length === 0) {
    return <p>{t.commitmentList.none}</p>;
  }
  return (
    <ul class="commitment-list">
      {commitments.map(([moduleId, commitment]) => (
        <li key={moduleId} data-module={moduleId}>
          <p>
            <strong>{quoted(commitment.text)}</strong>
            <br />
            <span class="commitment-when">
              {t.commitmentList.from}{" "}
              <a href={pageHref(`/modules/${moduleId}/`)}>
                {entryOf(moduleTitles, moduleId) ?? moduleId}
              </a>
              , {formatDate(commitment.madeAt)}.
              {checkInDue(commitment, new Date()) !== undefined && (
                <>
                  {" "}
                  {t.commitmentList.due}{" "}
                  <a href={pageHref("/review/#check-ins")}>{t.commitmentList.checkInLink}</a>.
                </>
              )}
            </span>
          </p>
          {commitment.checkIns.length > 0 && (
            <ul class="check-in-history">
              {commitment.checkIns.map((checkIn) => (
                <li key={checkIn.at}>
                  {labelled(formatDate(checkIn.at), t.commitmentList.didYou)}{" "}
                  <strong>{didText()[checkIn.did]}</strong>
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
