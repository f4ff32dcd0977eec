import { useStore } from "../useStore";
import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { $progress } from "../../stores/progress";
import { useStrings } from "../../i18n/browser/client";
import type { DueCard, Props } from "./DueCard";

/**
 * On the map: what is waiting for the learner (review questions, commitment check-ins), as one
 * card. Its code loads only for a learner who has review questions or commitments: a new hire's
 * first visit loads none of it.
 */
export default function DueOnMap(props: Props) {
  useStrings(props.strings);
  const progress = useStore($progress);
  const [Card, setCard] = useState<FunctionComponent<Parameters<typeof DueCard>[0]>>();
  const anything =
    Object.keys(progress.review ?? {}).length > 0 ||
    Object.keys(progress.commitments ?? {}).length > 0;
  useEffect(() => {
    if (anything && !Card) void import("./DueCard").then((loaded) => setCard(() => loaded.DueCard));
  }, [anything]);
  return Card ? (
    <Card knownReviewKeys={props.knownReviewKeys} moduleTitles={props.moduleTitles} />
  ) : null;
}
