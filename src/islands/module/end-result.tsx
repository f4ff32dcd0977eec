import { ProgressRing } from "../ui/ProgressRing";
import type { ModulePlacement } from "../../lib/placement";
import { lang, t } from "../../i18n/browser/client";
import { fill, plural } from "../../i18n/format";

/*
 * What the module's end shows only once the learner has tried its quiz or completed it: the
 * score's ring, a retry's figures and the track's celebration. ModuleEnd.tsx loads it then, not
 * with the page.
 */
export { ProgressRing };
export { retryOf } from "../../lib/module-result";

/** After the track's last module: a celebration, and the way to the certificate. */
export function Celebration(props: { placement: ModulePlacement; certificate: string }) {
  const { placement } = props;
  return (
    <section class="module-end card card-raised celebrate">
      <div class="confetti" aria-hidden="true" />
      <ProgressRing value={1} centre="✓" label={t.moduleEnd.trackComplete} done size="6rem" />
      <h2>{fill(t.moduleEnd.trackFinished, { track: placement.name })}</h2>
      <p>{plural(lang(), t.moduleEnd.trackSummary, placement.total)}</p>
      <a class="button button-primary" href={props.certificate}>
        {t.moduleEnd.getCertificate}
      </a>
    </section>
  );
}
