import { entryOf } from "../../lib/record/record";
import { useStore } from "../useStore";
import type { FunctionComponent } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { dueCheckIns } from "../../lib/commitments-due";
import { dueReviews } from "../../lib/review/queue";
import { $progress } from "../../stores/progress";
import type { CheckInForm } from "../commitments/CheckInForm";
import { useHydrated } from "../useHydrated";
import { lang, t, type IslandStrings } from "../../i18n/browser/client";
import { plural } from "../../i18n/format";
import commitmentStyles from "../../styles/commitments.css?url";
import { loadStylesheet } from "../stylesheet";
import { pageHref } from "../page-href";

// The card's styles and the check-in form's, before the card first shows. Loaded here rather
// than imported: the map page of every learner, most of whom have nothing due, would carry them.
// Should they fail to load, the card still shows, plainer: what is due matters more.
await loadStylesheet(commitmentStyles).catch(() => undefined);

/** What the map page passes: the questions the content has, and module titles for check-ins. */
export interface Props {
  knownReviewKeys: string[];
  moduleTitles: Record<string, string>;
  strings: IslandStrings;
}

/**
 * On the map: how many questions are due for review, and any commitment whose check-in is due.
 * Shows nothing when nothing is due; the check-in form's code loads only when one is.
 */
export function DueCard({ knownReviewKeys, moduleTitles }: Omit<Props, "strings">) {
  const hydrated = useHydrated();
  const progress = useStore($progress);
  const known = useMemo(() => new Set(knownReviewKeys), [knownReviewKeys]);
  const [Form, setForm] = useState<FunctionComponent<Parameters<typeof CheckInForm>[0]>>();
  const [saved, setSaved] = useState("");
  const now = new Date();
  const reviews = hydrated ? dueReviews(progress.review, now, known).length : 0;
  const checkIns = hydrated ? dueCheckIns(progress, now) : [];

  useEffect(() => {
    if (checkIns.length > 0 && !Form) {
      void import("../commitments/CheckInForm").then((loaded) => setForm(() => loaded.CheckInForm));
    }
  }, [checkIns.length > 0]);

  return (
    <div class="due-on-map">
      {(reviews > 0 || checkIns.length > 0) && (
        <details class="card due-card">
          <summary>
            <span aria-hidden="true">●</span>
            {plural(lang(), t.due.waiting, reviews + checkIns.length)}
          </summary>
          <h2 id="due-heading" class="visually-hidden">
            {t.due.heading}
          </h2>
          {reviews > 0 && (
            <p class="due-reviews">
              <strong>{plural(lang(), t.due.reviews, reviews)}</strong>{" "}
              <a href={pageHref("/review/")}>{plural(lang(), t.due.reviewNow, reviews)}</a>
            </p>
          )}
          {Form &&
            checkIns.map((due) => (
              <Form
                key={due.moduleId}
                due={due}
                moduleTitle={entryOf(moduleTitles, due.moduleId)}
                onSaved={() => {
                  setSaved(t.checkIn.saved);
                  requestAnimationFrame(() => document.getElementById("due-saved")?.focus());
                }}
              />
            ))}
        </details>
      )}
      {/* Only once a check-in was offered: the map's own status region stays the only one. */}
      {(checkIns.length > 0 || saved) && (
        <p role="status" class="due-saved" id="due-saved" tabIndex={-1}>
          {saved}
        </p>
      )}
    </div>
  );
}
