import { useStore } from "@nanostores/preact";
import { $saveState, type SaveState } from "../../stores/progress";
import { useHydrated } from "../useHydrated";
import { dateLocale, t, useStrings, type IslandStrings } from "../../i18n/browser/client";

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(dateLocale(), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );

/** One sentence on whether and when progress was saved on this device. */
function describe(state: SaveState) {
  switch (state.kind) {
    case "waiting":
      return null;
    case "saved":
      if (state.at === undefined || Number.isNaN(Date.parse(state.at))) {
        return <>{t.save.nothingYet}</>;
      }
      return (
        <>
          {t.save.lastSaved} <time dateTime={state.at}>{dateTime(state.at)}</time>.
          {state.kept && t.save.kept}
        </>
      );
    case "not-saved":
      if (state.reason === "newer-version") {
        return <>{t.save.newer}</>;
      }
      return state.reason === "full" ? <>{t.save.full}</> : <>{t.save.refused}</>;
  }
}

/** The footer line saying when progress was last saved here, or that it could not be. */
export default function SaveStatus({ strings }: { strings: IslandStrings }) {
  useStrings(strings);
  const hydrated = useHydrated();
  const state = useStore($saveState);
  return (
    <p class="save-status" data-save-state={hydrated ? state.kind : "waiting"}>
      {hydrated ? describe(state) : null}
    </p>
  );
}
